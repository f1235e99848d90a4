/**
 * What the simulated payment partners did, kept for tests and demos (their transactions and the callbacks they sent
 * with our replies), and the delivery of those callbacks under the planned faults.
 */
package vn.egov.sandbox.payment;
