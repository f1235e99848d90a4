/** How catalogue failures look to clients of dossier-service: problem+json with Retry-After. */
package vn.egov.dossier.catalogue.web;
