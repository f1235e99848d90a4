package vn.egov.sandbox.momo;

/**
 * A create request as MoMo receives it, fields as sent, possibly {@code null}.
 *
 * @param partnerCode partnerCode
 * @param requestId requestId
 * @param amount amount, integer VND
 * @param orderId orderId
 * @param orderInfo orderInfo
 * @param redirectUrl redirectUrl
 * @param ipnUrl ipnUrl
 * @param requestType requestType, {@code captureWallet}
 * @param extraData extraData, may be {@code ""}
 * @param lang {@code vi} or {@code en}
 * @param signature signature
 */
public record MomoCreation(
        String partnerCode,
        String requestId,
        Long amount,
        String orderId,
        String orderInfo,
        String redirectUrl,
        String ipnUrl,
        String requestType,
        String extraData,
        String lang,
        String signature) {}
