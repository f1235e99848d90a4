/** Signs a demo user in at a real OpenID Connect provider, as a browser would, to get tokens for tests. */
package vn.egov.testsupport.oidc;
