package vn.egov.contracts.payment;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.payment.refunded}: the provider confirmed that a paid fee was given back to the payer.
 *
 * @param paymentId payment-service's id of the payment refunded
 * @param refundId payment-service's id of the refund
 * @param dossierCode the dossier the fee belonged to; also the record key and the CloudEvents subject
 * @param agencyCode the collecting agency
 * @param provider the provider's code
 * @param amount amount refunded in VND
 * @param refundedAt when the provider confirmed the refund
 * @param aggregateVersion version of the payment after this change
 */
public record PaymentRefunded(
        String paymentId,
        String refundId,
        String dossierCode,
        String agencyCode,
        String provider,
        long amount,
        OffsetDateTime refundedAt,
        long aggregateVersion) {}
