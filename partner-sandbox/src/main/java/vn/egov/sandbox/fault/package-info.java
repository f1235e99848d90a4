/** Fault injection: makes a partner simulator fail or slow down on demand, for resilience tests. */
package vn.egov.sandbox.fault;
