/**
 * Who may do what on the platform's Kafka: one SCRAM user per service and per ministry with its ACLs, described once
 * and applied to every broker the platform starts itself (devstack, tests, benchmarks).
 */
package vn.egov.embedded.kafka;
