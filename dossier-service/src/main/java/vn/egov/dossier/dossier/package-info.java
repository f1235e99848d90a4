/**
 * The dossier aggregate shared by every sub-feature: the dossier with its history, pauses and apologies, its statuses
 * and actions, the events its transitions record, and {@link vn.egov.dossier.dossier.DossierStore}, the one way it is
 * saved; the plain reads (a dossier for its owner or officer, the public status look-up, the contact for messages).
 */
package vn.egov.dossier.dossier;
