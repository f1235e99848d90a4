/** Consumes dossier events to count dossiers per procedure and year. */
package vn.egov.catalogue.promotion.messaging;
