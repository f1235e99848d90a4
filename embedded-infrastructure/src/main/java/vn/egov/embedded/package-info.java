/**
 * Real PostgreSQL (zonky's binaries) and a real KRaft Kafka broker (in a child JVM), started from Java by the
 * devstack, the benchmarks and tests, with the process helpers they share.
 */
package vn.egov.embedded;
