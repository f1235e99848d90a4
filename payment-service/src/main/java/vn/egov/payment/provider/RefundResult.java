package vn.egov.payment.provider;

/**
 * The partner's answer to a refund.
 *
 * @param succeeded true when the partner gave the money back
 * @param transactionId the partner's id of the refund, when it gave one
 * @param message the partner's code and message, or why the refund cannot be done through the partner (a bank
 *     transfer is refunded by an officer's transfer)
 */
public record RefundResult(boolean succeeded, String transactionId, String message) {}
