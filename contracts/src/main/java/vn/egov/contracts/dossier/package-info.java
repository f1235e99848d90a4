/** Contract events of the dossier aggregate, published on {@code egov.dossier.events} keyed by dossier code. */
package vn.egov.contracts.dossier;
