package vn.egov.contracts.payment;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.payment.succeeded}: the provider confirmed (signed callback or reconciliation query) that a
 * dossier's fee was paid, and the e-receipt was issued in the same transaction. Thin: no payer details.
 *
 * @param paymentId payment-service's id of the payment
 * @param dossierCode the dossier the fee belongs to; also the record key and the CloudEvents subject
 * @param agencyCode the collecting agency (the dossier's agency)
 * @param provider the provider's code, e.g. MOMO, NAPAS, VIETINBANK
 * @param amount amount paid in VND
 * @param receiptNumber the e-receipt's symbol and number, e.g. {@code BLDT-26E/0000012}
 * @param paidAt when the provider says it was paid
 * @param aggregateVersion version of the payment after this change
 */
public record PaymentSucceeded(
        String paymentId,
        String dossierCode,
        String agencyCode,
        String provider,
        long amount,
        String receiptNumber,
        OffsetDateTime paidAt,
        long aggregateVersion) {}
