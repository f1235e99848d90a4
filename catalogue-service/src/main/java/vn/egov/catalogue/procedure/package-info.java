/** Procedures and their versioned, immutable rules: creating, publishing, retiring, reading. */
package vn.egov.catalogue.procedure;
