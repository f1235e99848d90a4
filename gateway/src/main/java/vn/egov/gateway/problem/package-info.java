/** The gateway's own failures (no route, service down or slow, refused requests) as RFC 9457 problem+json. */
package vn.egov.gateway.problem;
