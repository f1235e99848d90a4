package vn.egov.notification.zalo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.HttpProviders;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.delivery.Provider;
import vn.egov.notification.delivery.SendResult;

/**
 * Sends ZNS template messages ({@code POST /message/template}) and the OA's customer-service texts to users who wrote
 * to it ({@code POST /v3.0/oa/message/cs}). The delivery id goes as {@code tracking_id}; Zalo
 * documents it for reconciliation only, so an answer lost in transit can still mean a second message on retry (the
 * sandbox deduplicates on it).
 */
@Component
class ZnsGateway implements Provider {

    static final String SEND_PATH = "/message/template";

    /** Refusals that sending again cannot cure: token, phone, template and its data. */
    private static final Set<Integer> PERMANENT = Set.of(-124, -108, -109, -111, -1122, -118);

    static final String CS_PATH = "/v3.0/oa/message/cs";

    /** Customer-service refusals that sending again cannot cure: token, user, parameters. */
    private static final Set<Integer> CS_PERMANENT = Set.of(-216, -213, -201, -230);

    private final ZaloProperties properties;
    private final OaProperties oa;
    private final RestClient http;
    private final RestClient oaHttp;

    ZnsGateway(ZaloProperties properties, OaProperties oa) {
        this.properties = properties;
        this.oa = oa;
        this.http = HttpProviders.client(properties.url(), properties.timeout());
        this.oaHttp = HttpProviders.client(oa.url(), oa.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public SendResult send(UUID deliveryId, Message message) {
        if (message instanceof Message.ZaloText text) {
            return sendText(text);
        }
        Message.Zalo zalo = (Message.Zalo) message;
        ZnsRequest request = new ZnsRequest(zalo.to().msisdn(), zalo.templateId(), zalo.data(), deliveryId.toString());
        return HttpProviders.send(
                "ZNS",
                () -> interpret(http.post()
                        .uri(SEND_PATH)
                        .header("access_token", properties.accessToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(request)
                        .retrieve()
                        .body(ZnsResponse.class)));
    }

    /**
     * The OA's customer-service message API ({@code POST /v3.0/oa/message/cs}); it has no idempotency key, so an answer
     * lost in transit can mean a second text on retry.
     */
    private SendResult sendText(Message.ZaloText text) {
        CsRequest request = new CsRequest(new CsRequest.Recipient(text.userId()), new CsRequest.Text(text.text()));
        return HttpProviders.send("Zalo OA", () -> {
            CsResponse response = oaHttp.post()
                    .uri(CS_PATH)
                    .header("access_token", oa.accessToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(CsResponse.class);
            if (response == null || response.error() == null) {
                return SendResult.Failed.temporary("Zalo OA answered without an error code");
            }
            if (response.error() == 0
                    && response.data() != null
                    && response.data().messageId() != null) {
                return new SendResult.Sent(response.data().messageId());
            }
            String error = "Zalo OA error " + response.error() + ": " + response.message();
            return CS_PERMANENT.contains(response.error())
                    ? SendResult.Failed.permanent(error)
                    : SendResult.Failed.temporary(error);
        });
    }

    record CsRequest(@JsonProperty("recipient") Recipient recipient, @JsonProperty("message") Text message) {
        record Recipient(@JsonProperty("user_id") String userId) {}

        record Text(@JsonProperty("text") String text) {}
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CsResponse(
            @JsonProperty("error") Integer error,
            @JsonProperty("message") String message,
            @JsonProperty("data") CsData data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CsData(@JsonProperty("message_id") String messageId) {}

    private static SendResult interpret(ZnsResponse response) {
        if (response == null || response.error() == null) {
            return SendResult.Failed.temporary("ZNS answered without an error code");
        }
        if (response.error() == 0 && response.data() != null && response.data().msgId() != null) {
            return new SendResult.Sent(response.data().msgId());
        }
        String error = "ZNS error " + response.error() + ": " + response.message();
        return PERMANENT.contains(response.error())
                ? SendResult.Failed.permanent(error)
                : SendResult.Failed.temporary(error);
    }

    record ZnsRequest(
            @JsonProperty("phone") String phone,
            @JsonProperty("template_id") String templateId,
            @JsonProperty("template_data") Map<String, String> templateData,
            @JsonProperty("tracking_id") String trackingId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ZnsResponse(
            @JsonProperty("error") Integer error,
            @JsonProperty("message") String message,
            @JsonProperty("data") Data data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(@JsonProperty("msg_id") String msgId) {}
}
