/** The Kafka listener of dossier events. */
package vn.egov.notification.dossier.messaging;
