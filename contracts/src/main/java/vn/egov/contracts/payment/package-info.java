/** Contract events of payments, published by payment-service on {@code egov.payment.events} keyed by dossier code. */
package vn.egov.contracts.payment;
