/** The OAuth2 clients allowed to ask for tokens: the public web front end and the confidential services. */
package vn.egov.identity.client;
