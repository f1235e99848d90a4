/** Applicants' contact details, asked from dossier-service when a notification is due. */
package vn.egov.notification.contact;
