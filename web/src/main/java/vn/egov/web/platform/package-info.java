/** Calls to the platform through the gateway's public API: the HTTP client, problem+json answers, correlation ids. */
package vn.egov.web.platform;
