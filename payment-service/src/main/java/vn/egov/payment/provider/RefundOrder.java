package vn.egov.payment.provider;

import java.util.UUID;

/**
 * A refund as the partner must see it.
 *
 * @param refundId our refund id
 * @param refundOrderId the new order id the refund carries at the partner (same alphabet as order ids)
 * @param payment the order that was paid
 * @param transactionId the partner's transaction id of the payment
 * @param amount VND to give back
 * @param description why, shown by the partner
 */
public record RefundOrder(
        UUID refundId,
        String refundOrderId,
        ProviderOrder payment,
        String transactionId,
        long amount,
        String description) {}
