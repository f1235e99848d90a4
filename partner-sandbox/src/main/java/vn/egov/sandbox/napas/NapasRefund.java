package vn.egov.sandbox.napas;

import java.time.OffsetDateTime;
import vn.egov.sandbox.payment.Vnd;

/**
 * A refund NAPAS made of a paid order.
 *
 * @param merchTxnRef the merchant's new reference for the refund
 * @param amount the amount refunded
 * @param transactionNo NAPAS's number for the refund
 * @param createdAt when it was made
 */
public record NapasRefund(String merchTxnRef, Vnd amount, String transactionNo, OffsetDateTime createdAt) {}
