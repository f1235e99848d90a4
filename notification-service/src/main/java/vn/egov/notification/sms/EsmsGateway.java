package vn.egov.notification.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * Sends customer-care brandname SMS through eSMS.vn's {@code SendMultipleMessage_V4_post_json}. The delivery id is the
 * {@code RequestId}: eSMS refuses a RequestId it has seen that day with code 124, which is taken as "already sent".
 */
@Component
class EsmsGateway implements Provider {

    static final String SEND_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

    private static final String ACCEPTED = "100";
    private static final String DUPLICATE_REQUEST = "124";
    /** Refusals that sending the same request again cannot cure: account, brandname, number, content, type. */
    private static final Set<String> PERMANENT = Set.of("101", "104", "108", "118", "119", "146");

    private final SmsProperties properties;
    private final RestClient http;

    EsmsGateway(SmsProperties properties) {
        this.properties = properties;
        this.http = HttpProviders.client(properties.url(), properties.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendResult send(UUID deliveryId, Message message) {
        Message.Sms sms = (Message.Sms) message;
        EsmsRequest request = new EsmsRequest(
                properties.apiKey(),
                properties.secretKey(),
                sms.to().msisdn(),
                UnaccentedText.fold(sms.text()).value(),
                properties.brandname(),
                "2",
                "0",
                deliveryId.toString(),
                properties.callbackUrlWithToken());
        return HttpProviders.send(
                "eSMS",
                () -> interpret(http.post()
                        .uri(SEND_PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(request)
                        .retrieve()
                        .body(EsmsResponse.class)));
    }

    private static SendResult interpret(EsmsResponse response) {
        if (response == null || response.codeResult() == null) {
            return SendResult.Failed.temporary("eSMS answered without CodeResult");
        }
        String code = response.codeResult();
        if (ACCEPTED.equals(code)) {
            return new SendResult.Sent(response.smsId());
        }
        if (DUPLICATE_REQUEST.equals(code) && response.smsId() != null) {
            // Our RequestId was already accepted (an earlier attempt whose answer we lost): it is sent, once.
            return new SendResult.Sent(response.smsId());
        }
        String error =
                "eSMS CodeResult " + code + (response.errorMessage() == null ? "" : ": " + response.errorMessage());
        return PERMANENT.contains(code) ? SendResult.Failed.permanent(error) : SendResult.Failed.temporary(error);
    }

    record EsmsRequest(
            @JsonProperty("ApiKey") String apiKey,
            @JsonProperty("SecretKey") String secretKey,
            @JsonProperty("Phone") String phone,
            @JsonProperty("Content") String content,
            @JsonProperty("Brandname") String brandname,
            @JsonProperty("SmsType") String smsType,
            @JsonProperty("IsUnicode") String isUnicode,
            @JsonProperty("RequestId") String requestId,
            @JsonProperty("CallbackUrl") @JsonInclude(JsonInclude.Include.NON_NULL) String callbackUrl) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EsmsResponse(
            @JsonProperty("CodeResult") String codeResult,
            @JsonProperty("SMSID") String smsId,
            @JsonProperty("ErrorMessage") String errorMessage) {}
}
