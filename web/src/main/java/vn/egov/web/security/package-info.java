/** Sign-in with the identity provider (authorization code + PKCE), the signed-in person, security headers. */
package vn.egov.web.security;
