package vn.egov.sandbox.payment;

import java.time.OffsetDateTime;

/**
 * A refund a partner made of a simulated payment.
 *
 * @param refundId the platform's id for the refund (MoMo orderId, NAPAS vpc_MerchTxnRef)
 * @param amount the amount refunded
 * @param transId the partner's id for the refund
 * @param createdAt when it was made
 */
public record SimulatedRefund(String refundId, long amount, String transId, OffsetDateTime createdAt) {}
