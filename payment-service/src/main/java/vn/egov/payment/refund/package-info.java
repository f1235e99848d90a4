/**
 * Refunds: requested by an officer, started automatically for a withdrawn or refused dossier with a paid fee (policy in
 * configuration) and for money that arrived after its payment ended; submitted to the partner by a job that retries.
 */
package vn.egov.payment.refund;
