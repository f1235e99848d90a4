package vn.egov.sandbox.momo;

import java.time.OffsetDateTime;
import vn.egov.sandbox.payment.Vnd;

/**
 * A refund MoMo made of a paid order.
 *
 * @param orderId the merchant's new orderId for the refund
 * @param amount the amount refunded
 * @param transId MoMo's id for the refund
 * @param createdAt when it was made
 */
public record MomoRefund(String orderId, Vnd amount, long transId, OffsetDateTime createdAt) {}
