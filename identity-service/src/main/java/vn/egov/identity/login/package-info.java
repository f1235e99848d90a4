/** How people sign in at the provider: the form's password check against the stored accounts. */
package vn.egov.identity.login;
