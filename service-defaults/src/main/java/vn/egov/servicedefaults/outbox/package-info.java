/** The transactional outbox: contract events written with the state change and relayed to Kafka as CloudEvents. */
package vn.egov.servicedefaults.outbox;
