/** Listens to catalogue events to keep the cached procedures fresh. */
package vn.egov.dossier.catalogue.messaging;
