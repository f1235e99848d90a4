/** Embedded real infrastructure (PostgreSQL binaries, a KRaft Kafka broker in a child JVM), shared by tests and the devstack. */
package vn.egov.testsupport.infra;
