/** Real PostgreSQL and a real Kafka broker for integration tests, a test token issuer and the Spring glue. */
package vn.egov.testsupport;
