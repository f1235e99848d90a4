/** The correlation id every request carries to the services and back to the caller. */
package vn.egov.gateway.correlation;
