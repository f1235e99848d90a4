/** The people who can sign in: accounts in the provider's database, their roles and agency, sign-in with lock-out, administration and its audit trail. */
package vn.egov.identity.user;
