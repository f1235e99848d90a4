package vn.egov.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A MoMo IPN (AIO v2, {@code captureWallet}) as MoMo posts it to the merchant's {@code ipnUrl}: the JSON fields in
 * MoMo's order, numbers unquoted, and {@code signature}, the lowercase hex HMAC-SHA256 under the secret key of
 * {@code name=value} pairs in the order of MoMo's developer documentation (developers.momo.vn, "IPN"), with
 * {@code accessKey} among them though it is not sent. Written here rather than taken from payment-service: the
 * benchmark plays MoMo and must not share the code it checks.
 *
 * @param fields the IPN's fields without the signature, values as written in the JSON
 * @param signature what the {@code signature} field says
 */
record MomoIpn(Map<String, String> fields, String signature) {

    /** MoMo's public sandbox credentials, which payment-service uses by default. */
    static final String SANDBOX_PARTNER_CODE = "MOMO";

    static final String SANDBOX_ACCESS_KEY = "F8BBA842ECF85";
    static final String SANDBOX_SECRET_KEY = "K951B6PE1waDMi640xX08PD3vg6EkVlz";

    /** The signed fields, in MoMo's order. */
    static final List<String> SIGNED = List.of(
            "accessKey",
            "amount",
            "extraData",
            "message",
            "orderId",
            "orderInfo",
            "orderType",
            "partnerCode",
            "payType",
            "requestId",
            "responseTime",
            "resultCode",
            "transId");

    /** The fields MoMo writes as JSON numbers. */
    private static final List<String> NUMBERS = List.of("amount", "transId", "resultCode", "responseTime");

    MomoIpn {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * A successful payment's IPN, signed with {@code secretKey}.
     *
     * @param requestId the {@code requestId} of the create request (payment-service sends the payment's id)
     */
    static MomoIpn paid(
            String orderId,
            String requestId,
            long amount,
            String orderInfo,
            long transId,
            long responseTime,
            String secretKey) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partnerCode", SANDBOX_PARTNER_CODE);
        fields.put("orderId", orderId);
        fields.put("requestId", requestId);
        fields.put("amount", Long.toString(amount));
        fields.put("orderInfo", orderInfo);
        fields.put("orderType", "momo_wallet");
        fields.put("transId", Long.toString(transId));
        fields.put("resultCode", "0");
        fields.put("message", "Thành công.");
        fields.put("payType", "qr");
        fields.put("responseTime", Long.toString(responseTime));
        fields.put("extraData", "");
        return new MomoIpn(fields, sign(secretKey, fields));
    }

    /** The same message with another amount and the original signature, as a tamperer would send it. */
    MomoIpn withAmount(long amount) {
        Map<String, String> tampered = new LinkedHashMap<>(fields);
        tampered.put("amount", Long.toString(amount));
        return new MomoIpn(tampered, signature);
    }

    /** Whether the signature is the one {@code secretKey} gives over the fields as they are. */
    boolean signedWith(String secretKey) {
        return sign(secretKey, fields).equals(signature);
    }

    String orderId() {
        return fields.get("orderId");
    }

    String requestId() {
        return fields.get("requestId");
    }

    long amount() {
        return Long.parseLong(fields.get("amount"));
    }

    String transId() {
        return fields.get("transId");
    }

    /** The body MoMo posts: the fields in order, then the signature. */
    String json() {
        StringJoiner json = new StringJoiner(",", "{", "}");
        fields.forEach((name, value) -> json.add(quote(name) + ":" + (NUMBERS.contains(name) ? value : quote(value))));
        json.add(quote("signature") + ":" + quote(signature));
        return json.toString();
    }

    /** The text MoMo signs: {@code name=value} in {@link #SIGNED} order joined by {@code &}; a missing value is empty. */
    static String raw(Map<String, String> fields) {
        StringJoiner raw = new StringJoiner("&");
        for (String name : SIGNED) {
            String value = name.equals("accessKey") ? fields.getOrDefault(name, SANDBOX_ACCESS_KEY) : fields.get(name);
            raw.add(name + "=" + (value == null ? "" : value));
        }
        return raw.toString();
    }

    static String sign(String secretKey, Map<String, String> fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(raw(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
