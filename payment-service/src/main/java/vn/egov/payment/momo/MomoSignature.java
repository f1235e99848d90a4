package vn.egov.payment.momo;

import java.util.Map;
import java.util.StringJoiner;
import vn.egov.payment.provider.Signatures;

/**
 * MoMo's request and IPN signatures: lowercase hex HMAC-SHA256 under the secret key, over {@code name=value} pairs
 * joined by {@code &} in the order MoMo's documentation gives for each message (alphabetical, with {@code accessKey}
 * among them). The values are used exactly as sent, unescaped.
 */
final class MomoSignature {

    static final String[] CREATE = {
        "accessKey",
        "amount",
        "extraData",
        "ipnUrl",
        "orderId",
        "orderInfo",
        "partnerCode",
        "redirectUrl",
        "requestId",
        "requestType"
    };
    static final String[] IPN = {
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
        "transId"
    };
    static final String[] QUERY = {"accessKey", "orderId", "partnerCode", "requestId"};
    static final String[] REFUND = {
        "accessKey", "amount", "description", "orderId", "partnerCode", "requestId", "transId"
    };

    private MomoSignature() {}

    /** The text MoMo signs: the fields in the given order; a missing one counts as empty. */
    static String raw(String[] order, Map<String, String> fields) {
        StringJoiner raw = new StringJoiner("&");
        for (String name : order) {
            String value = fields.get(name);
            raw.add(name + "=" + (value == null ? "" : value));
        }
        return raw.toString();
    }

    static String sign(String secretKey, String[] order, Map<String, String> fields) {
        return Signatures.hmacSha256Hex(secretKey, raw(order, fields));
    }
}
