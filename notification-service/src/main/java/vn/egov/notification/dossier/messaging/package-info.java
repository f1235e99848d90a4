/** The Kafka listeners of dossier and payment events. */
package vn.egov.notification.dossier.messaging;
