/** The idempotent consumer: reading CloudEvents from Kafka and remembering which ones were processed. */
package vn.egov.servicedefaults.inbox;
