/** Limits on what a caller may send a service: the size of request headers and the shape of JSON bodies. */
package vn.egov.servicedefaults.limits;
