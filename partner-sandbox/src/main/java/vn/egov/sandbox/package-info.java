/** The partner sandbox application and the problem+json handling of its own endpoints. */
package vn.egov.sandbox;
