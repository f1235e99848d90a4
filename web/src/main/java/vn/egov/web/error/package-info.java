/** Friendly Vietnamese error pages, with the correlation id, never a stack trace. */
package vn.egov.web.error;
