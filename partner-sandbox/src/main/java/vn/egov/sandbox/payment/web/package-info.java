/** HTTP view of the simulated payments: {@code /sandbox/payments}. */
package vn.egov.sandbox.payment.web;
