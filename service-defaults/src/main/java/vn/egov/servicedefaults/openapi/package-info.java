/** What every service's OpenAPI document shares: its identity, the sign-in scheme, the problem+json error model. */
package vn.egov.servicedefaults.openapi;
