/** The HTTP API of dossiers: controllers and their request and response records. */
package vn.egov.dossier.dossier.web;
