/** RFC 9457 problem+json errors with stable type URIs for every service. */
package vn.egov.servicedefaults.problem;
