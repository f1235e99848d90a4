/** Limits on what callers may send through the gateway: paths kept inside the platform and request body size. */
package vn.egov.gateway.limits;
