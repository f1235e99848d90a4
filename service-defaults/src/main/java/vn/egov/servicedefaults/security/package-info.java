/** JWT resource-server defaults: the identity service's tokens, role mapping, the current user, problem+json for 401 and 403. */
package vn.egov.servicedefaults.security;
