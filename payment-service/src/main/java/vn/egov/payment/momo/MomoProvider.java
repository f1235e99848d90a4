package vn.egov.payment.momo;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.CallbackReply;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.provider.Checkout;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.PartnerHttp;
import vn.egov.payment.provider.PaymentProvider;
import vn.egov.payment.provider.ProviderOrder;
import vn.egov.payment.provider.ProviderRefused;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.provider.ProviderUnavailable;
import vn.egov.payment.provider.RefundOrder;
import vn.egov.payment.provider.RefundResult;
import vn.egov.payment.provider.Signatures;

/**
 * MoMo {@code captureWallet} (AIO v2): {@code /v2/gateway/api/create} gives the payer's MoMo page, the IPN tells the
 * outcome (we answer 204, also to a duplicate), {@code /query} asks it, {@code /refund} gives money back.
 */
@Component
class MomoProvider implements PaymentProvider {

    static final String CODE = "MOMO";

    private final MomoProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final RestClient http;

    MomoProvider(MomoProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.http = PartnerHttp.client(
                        properties.baseUrl().toString(), properties.connectTimeout(), properties.readTimeout())
                .build();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Checkout start(ProviderOrder order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partnerCode", properties.partnerCode());
        fields.put("accessKey", properties.accessKey());
        fields.put("requestId", order.paymentId().toString());
        fields.put("amount", Long.toString(order.amount()));
        fields.put("orderId", order.providerOrderId());
        fields.put("orderInfo", order.description());
        fields.put("redirectUrl", order.returnUrl().toString());
        fields.put("ipnUrl", order.callbackUrl().toString());
        fields.put("requestType", properties.requestType());
        fields.put("extraData", "");
        String signature = MomoSignature.sign(properties.secretKey(), MomoSignature.CREATE, fields);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("requestId", fields.get("requestId"));
        body.put("amount", order.amount());
        body.put("orderId", order.providerOrderId());
        body.put("orderInfo", order.description());
        body.put("redirectUrl", fields.get("redirectUrl"));
        body.put("ipnUrl", fields.get("ipnUrl"));
        body.put("requestType", properties.requestType());
        body.put("extraData", "");
        body.put("lang", properties.lang());
        body.put("signature", signature);
        JsonNode answer = post("/v2/gateway/api/create", body, "create");
        int resultCode = answer.path("resultCode").asInt(-1);
        String payUrl = text(answer, "payUrl");
        if (resultCode != 0 || payUrl == null) {
            throw new ProviderRefused(
                    CODE, "order " + order.providerOrderId(), resultCode + " " + text(answer, "message"));
        }
        return Checkout.redirect(payUrl, fields.get("requestId"));
    }

    @Override
    public ProviderResult query(ProviderOrder order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("accessKey", properties.accessKey());
        fields.put("orderId", order.providerOrderId());
        fields.put("partnerCode", properties.partnerCode());
        fields.put("requestId", UUID.randomUUID().toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("requestId", fields.get("requestId"));
        body.put("orderId", order.providerOrderId());
        body.put("lang", properties.lang());
        body.put("signature", MomoSignature.sign(properties.secretKey(), MomoSignature.QUERY, fields));
        JsonNode answer = post("/v2/gateway/api/query", body, "query");
        int resultCode = answer.path("resultCode").asInt(-1);
        if (!answer.has("resultCode")) {
            throw new ProviderUnavailable(CODE, "query answered without resultCode");
        }
        return new ProviderResult(
                order.providerOrderId(),
                MomoResultCodes.outcome(resultCode),
                answer.has("amount") ? answer.get("amount").asLong() : null,
                transactionId(answer),
                epochMillis(answer, "responseTime"),
                resultCode + " " + text(answer, "message"));
    }

    @Override
    public CallbackVerdict verify(InboundCallback callback) {
        Map<String, String> fields;
        try {
            fields = InboundCallback.RETURN.equals(callback.kind()) ? callback.query() : fields(callback.bodyText());
        } catch (JacksonException | IllegalArgumentException malformed) {
            return new CallbackVerdict.Refused("not a MoMo IPN: " + malformed.getMessage());
        }
        String received = fields.get("signature");
        if (received == null || received.isBlank()) {
            return new CallbackVerdict.Refused("no signature");
        }
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("accessKey", properties.accessKey());
        Instant now = clock.instant();
        boolean valid = Signatures.sameSignature(
                        MomoSignature.sign(properties.secretKey(), MomoSignature.IPN, signed), received)
                || (properties.previousKeyValidAt(now)
                        && Signatures.sameSignature(
                                MomoSignature.sign(properties.previousSecretKey(), MomoSignature.IPN, signed),
                                received));
        if (!valid) {
            return new CallbackVerdict.Refused("signature does not match");
        }
        if (!properties.partnerCode().equals(fields.get("partnerCode"))) {
            return new CallbackVerdict.Refused("partner code " + fields.get("partnerCode"));
        }
        try {
            int resultCode = Integer.parseInt(fields.get("resultCode"));
            ProviderResult result = new ProviderResult(
                    fields.get("orderId"),
                    MomoResultCodes.outcome(resultCode),
                    Long.parseLong(fields.get("amount")),
                    blankToNull(fields.get("transId")),
                    fields.get("responseTime") == null
                            ? null
                            : Instant.ofEpochMilli(Long.parseLong(fields.get("responseTime"))),
                    resultCode + " " + fields.get("message"));
            return new CallbackVerdict.Authentic(result, InboundCallback.RETURN.equals(callback.kind()));
        } catch (RuntimeException malformed) {
            return new CallbackVerdict.Refused("malformed field: " + malformed.getMessage());
        }
    }

    @Override
    public CallbackReply reply(InboundCallback callback, CallbackVerdict verdict, CallbackHandling handling) {
        return switch (handling) {
            // MoMo expects 204 within 15 s, and sends again otherwise: every message we have kept gets it.
            case APPLIED, DUPLICATE, NOTED, UNKNOWN_ORDER, WRONG_AMOUNT -> CallbackReply.noContent();
            case REFUSED ->
                new CallbackReply(
                        400,
                        Map.of("Content-Type", "application/problem+json"),
                        "{\"type\":\"https://egov.vn/problems/callback-refused\",\"title\":\"Callback refused\","
                                + "\"status\":400}");
            case ERROR ->
                new CallbackReply(
                        503,
                        Map.of("Content-Type", "application/problem+json", "Retry-After", "5"),
                        "{\"type\":\"https://egov.vn/problems/try-again\",\"title\":\"Try again\",\"status\":503}");
        };
    }

    @Override
    public RefundResult refund(RefundOrder refund) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("accessKey", properties.accessKey());
        fields.put("amount", Long.toString(refund.amount()));
        fields.put("description", refund.description());
        fields.put("orderId", refund.refundOrderId());
        fields.put("partnerCode", properties.partnerCode());
        fields.put("requestId", refund.refundId().toString());
        fields.put("transId", refund.transactionId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("orderId", refund.refundOrderId());
        body.put("requestId", fields.get("requestId"));
        body.put("amount", refund.amount());
        body.put("transId", Long.parseLong(refund.transactionId()));
        body.put("lang", properties.lang());
        body.put("description", refund.description());
        body.put("signature", MomoSignature.sign(properties.secretKey(), MomoSignature.REFUND, fields));
        JsonNode answer = post("/v2/gateway/api/refund", body, "refund");
        int resultCode = answer.path("resultCode").asInt(-1);
        return new RefundResult(resultCode == 0, transactionId(answer), resultCode + " " + text(answer, "message"));
    }

    private JsonNode post(String path, Map<String, Object> body, String what) {
        String answer;
        try {
            answer = http.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(body))
                    .exchange((request, response) ->
                            new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (RestClientException e) {
            throw new ProviderUnavailable(CODE, what, e);
        }
        try {
            JsonNode node = json.readTree(answer);
            if (!node.isObject()) {
                throw new ProviderUnavailable(CODE, what + " answered " + abbreviate(answer));
            }
            return node;
        } catch (JacksonException e) {
            throw new ProviderUnavailable(CODE, what + " answered " + abbreviate(answer), e);
        }
    }

    /** The IPN's fields as the text MoMo signed: numbers as written, strings unescaped. */
    private Map<String, String> fields(String body) {
        JsonNode node = json.readTree(body);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            JsonNode value = entry.getValue();
            fields.put(entry.getKey(), value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
        }
        return fields;
    }

    private static String transactionId(JsonNode answer) {
        JsonNode transId = answer.get("transId");
        return transId == null || transId.isNull() || transId.asString().isBlank() || "0".equals(transId.asString())
                ? null
                : transId.asString();
    }

    private static Instant epochMillis(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        return value == null || !value.canConvertToLong() ? null : Instant.ofEpochMilli(value.asLong());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
