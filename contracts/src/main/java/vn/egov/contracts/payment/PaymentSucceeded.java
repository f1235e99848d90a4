package vn.egov.contracts.payment;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.payment.succeeded}: the payment provider confirmed (signed callback or reconciliation) that a
 * dossier's fee was paid. Thin: no payer details.
 *
 * @param paymentId payment-service's id of the payment
 * @param dossierCode the dossier the fee belongs to; also the record key and the CloudEvents subject
 * @param provider MOMO, NAPAS or VIETINBANK
 * @param amount amount paid in VND
 * @param paidAt when the provider says it was paid
 * @param aggregateVersion version of the payment after this change
 */
public record PaymentSucceeded(
        String paymentId,
        String dossierCode,
        String provider,
        long amount,
        OffsetDateTime paidAt,
        long aggregateVersion) {}
