/** A minimal service assembled only from the service defaults, for their integration tests. */
package vn.egov.testservice;
