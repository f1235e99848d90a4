/** HTTP control of fault injection: {@code /sandbox/faults}. */
package vn.egov.sandbox.fault.web;
