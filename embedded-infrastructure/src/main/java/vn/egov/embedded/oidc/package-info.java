/** Signs a user in at a running OpenID Connect provider as a browser does, for programs that drive the platform. */
package vn.egov.embedded.oidc;
