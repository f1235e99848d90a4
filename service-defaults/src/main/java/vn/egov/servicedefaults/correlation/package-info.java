/** Correlation ids through HTTP, Feign and Kafka, and into every log line. */
package vn.egov.servicedefaults.correlation;
