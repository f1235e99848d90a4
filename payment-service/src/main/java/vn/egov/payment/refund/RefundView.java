package vn.egov.payment.refund;

import java.time.Instant;
import java.util.UUID;

/**
 * A refund as kept.
 *
 * @param status {@code SUBMITTED}, {@code SUCCESS} or {@code ERROR}
 * @param providerMessage the partner's answer, or why an officer must refund by hand
 */
public record RefundView(
        UUID id,
        UUID paymentId,
        String refundOrderId,
        long amount,
        String status,
        String reason,
        String requestedBy,
        String providerTransactionId,
        String providerMessage,
        Instant createdAt,
        Instant finishedAt) {}
