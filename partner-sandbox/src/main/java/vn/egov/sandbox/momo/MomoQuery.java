package vn.egov.sandbox.momo;

/**
 * A query request as MoMo receives it, fields as sent, possibly {@code null}.
 *
 * @param partnerCode partnerCode
 * @param requestId requestId
 * @param orderId orderId
 * @param lang {@code vi} or {@code en}
 * @param signature signature
 */
public record MomoQuery(String partnerCode, String requestId, String orderId, String lang, String signature) {}
