/** The public contracts between services and with ministries: topics, CloudEvents types and their JSON Schemas. */
package vn.egov.contracts;
