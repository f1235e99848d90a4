/** The people who can sign in, their roles, agency and profile, read from configuration. */
package vn.egov.identity.user;
