/** The identity service: the OpenID Connect provider the platform uses unless production points it elsewhere. */
package vn.egov.identity;
