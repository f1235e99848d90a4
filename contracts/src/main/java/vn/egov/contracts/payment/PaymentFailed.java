package vn.egov.contracts.payment;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.payment.failed}: a payment ended without money moving. The dossier's fee is still
 * outstanding; the citizen may start another payment.
 *
 * @param paymentId payment-service's id of the payment
 * @param dossierCode the dossier the fee belongs to; also the record key and the CloudEvents subject
 * @param agencyCode the collecting agency
 * @param provider the provider's code
 * @param amount amount that was asked, in VND
 * @param reason {@code DECLINED}, {@code EXPIRED}, {@code CANCELLED} (by the payer) or {@code ERROR}
 * @param failedAt when the payment ended
 * @param aggregateVersion version of the payment after this change
 */
public record PaymentFailed(
        String paymentId,
        String dossierCode,
        String agencyCode,
        String provider,
        long amount,
        String reason,
        OffsetDateTime failedAt,
        long aggregateVersion) {}
