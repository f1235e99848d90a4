package vn.egov.sandbox.momo;

/**
 * A refund request as MoMo receives it, fields as sent, possibly {@code null}.
 *
 * @param partnerCode partnerCode
 * @param orderId a new orderId for the refund
 * @param requestId requestId
 * @param amount the amount to refund
 * @param transId MoMo's transId of the payment
 * @param lang {@code vi} or {@code en}
 * @param description why
 * @param signature signature
 */
public record MomoRefundSubmission(
        String partnerCode,
        String orderId,
        String requestId,
        Long amount,
        Long transId,
        String lang,
        String description,
        String signature) {}
