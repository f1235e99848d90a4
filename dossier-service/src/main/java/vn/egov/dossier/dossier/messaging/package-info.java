/** The edge to Kafka: dossier transitions mapped to contract events and written to the outbox. */
package vn.egov.dossier.dossier.messaging;
