/** The edge between payments and Kafka: contract events written to the outbox, dossier events heard. */
package vn.egov.payment.payment.messaging;
