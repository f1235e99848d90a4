/** What goes into the tokens: the platform's {@code roles}, {@code agency} and profile claims. */
package vn.egov.identity.token;
