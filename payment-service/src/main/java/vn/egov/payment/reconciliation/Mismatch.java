package vn.egov.payment.reconciliation;

import java.util.UUID;

/**
 * One difference between our record and a partner's, for an officer to settle.
 *
 * @param kind {@code PAID_AT_PARTNER_ONLY} (the partner has money we did not credit), {@code PAID_HERE_ONLY} (we
 *     credited what the partner does not show paid), {@code AMOUNT_DIFFERS}, {@code UNMATCHED_TRANSFER} (money that
 *     names no order of ours), {@code WRONG_AMOUNT_CALLBACK} (a callback we refused to credit for its amount)
 * @param paymentId our payment, when there is one
 * @param ourStatus our status, when there is a payment
 * @param ourAmount VND we asked
 * @param partnerOutcome what the partner says
 * @param partnerAmount VND the partner says
 */
public record Mismatch(
        String kind,
        String provider,
        UUID paymentId,
        String providerOrderId,
        String dossierCode,
        String ourStatus,
        Long ourAmount,
        String partnerOutcome,
        Long partnerAmount,
        String partnerTransactionId,
        String note) {}
