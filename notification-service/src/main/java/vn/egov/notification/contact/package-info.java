/** Applicants' contact details, asked from dossier-service when a notification is due, and their phone numbers. */
package vn.egov.notification.contact;
