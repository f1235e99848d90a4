/** Runs the whole platform on one machine: embedded PostgreSQL and Kafka, then every service in its own JVM. */
package vn.egov.devstack;
