/** The sign-in page shown to people during the authorization code flow. */
package vn.egov.identity.login.web;
