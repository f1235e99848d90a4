/** Telling applicants about their dossiers: which dossier events become which messages, and composing them. */
package vn.egov.notification.dossier;
