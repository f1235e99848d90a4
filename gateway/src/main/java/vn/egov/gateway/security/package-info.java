/** Bearer-token checks at the edge: which paths are public, JWT validation against the identity service, CORS. */
package vn.egov.gateway.security;
