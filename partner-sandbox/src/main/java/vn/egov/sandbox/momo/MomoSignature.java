package vn.egov.sandbox.momo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * MoMo's signature: lowercase hex HMAC-SHA256 under the secretKey of a raw string {@code k1=v1&k2=v2...} whose keys
 * and their order each message fixes (the builders below). Values go in as sent, neither encoded nor trimmed; an
 * absent value is the empty string.
 */
public final class MomoSignature {

    private final String secretKey;

    public MomoSignature(String secretKey) {
        this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    }

    /** The signature of a raw string. */
    public String sign(String raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", impossible);
        }
    }

    /** Whether a signature as sent is this key's signature of the raw string; compared in constant time. */
    public boolean verifies(String raw, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        sign(raw).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.UTF_8));
    }

    /** Raw string of a create request (captureWallet). */
    public static String createRequestRaw(
            String accessKey,
            Object amount,
            String extraData,
            String ipnUrl,
            String orderId,
            String orderInfo,
            String partnerCode,
            String redirectUrl,
            String requestId,
            String requestType) {
        return raw(
                "accessKey", accessKey,
                "amount", amount,
                "extraData", extraData,
                "ipnUrl", ipnUrl,
                "orderId", orderId,
                "orderInfo", orderInfo,
                "partnerCode", partnerCode,
                "redirectUrl", redirectUrl,
                "requestId", requestId,
                "requestType", requestType);
    }

    /** Raw string of a query request. */
    public static String queryRequestRaw(String accessKey, String orderId, String partnerCode, String requestId) {
        return raw("accessKey", accessKey, "orderId", orderId, "partnerCode", partnerCode, "requestId", requestId);
    }

    /** Raw string of a refund request. */
    public static String refundRequestRaw(
            String accessKey,
            Object amount,
            String description,
            String orderId,
            String partnerCode,
            String requestId,
            Object transId) {
        return raw(
                "accessKey", accessKey,
                "amount", amount,
                "description", description,
                "orderId", orderId,
                "partnerCode", partnerCode,
                "requestId", requestId,
                "transId", transId);
    }

    /** Raw string of an IPN, and of the redirect that carries the same fields. */
    public static String ipnRaw(
            String accessKey,
            Object amount,
            String extraData,
            String message,
            String orderId,
            String orderInfo,
            String orderType,
            String partnerCode,
            String payType,
            String requestId,
            Object responseTime,
            Object resultCode,
            Object transId) {
        return raw(
                "accessKey", accessKey,
                "amount", amount,
                "extraData", extraData,
                "message", message,
                "orderId", orderId,
                "orderInfo", orderInfo,
                "orderType", orderType,
                "partnerCode", partnerCode,
                "payType", payType,
                "requestId", requestId,
                "responseTime", responseTime,
                "resultCode", resultCode,
                "transId", transId);
    }

    private static String raw(Object... keysAndValues) {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (i > 0) {
                raw.append('&');
            }
            Object value = keysAndValues[i + 1];
            raw.append(keysAndValues[i]).append('=').append(value == null ? "" : value.toString());
        }
        return raw.toString();
    }
}
