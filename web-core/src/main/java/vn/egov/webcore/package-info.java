/**
 * The rules of the HTTP edge that the reactive gateway and the servlet services share, free of either stack: which
 * correlation id a request carries, and how long a verified bearer token is trusted.
 */
package vn.egov.webcore;
