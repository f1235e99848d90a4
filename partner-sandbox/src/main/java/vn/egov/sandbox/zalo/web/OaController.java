package vn.egov.sandbox.zalo.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.SandboxRequestException;
import vn.egov.sandbox.zalo.SendOaText;
import vn.egov.sandbox.zalo.ZaloUserEvents;

/**
 * The Zalo OA side: the customer-service message API the platform answers through ({@code POST /v3.0/oa/message/cs},
 * header {@code access_token}, body {@code {"recipient":{"user_id"},"message":{"text"}}}), and the user's Zalo app
 * ({@code POST /sandbox/zalo/messages} {@code {userId, text}}), which sends the {@code user_send_text} event to the
 * platform's webhook.
 */
@RestController
class OaController {

    private final SendOaText sendOaText;
    private final ZaloUserEvents userEvents;

    OaController(SendOaText sendOaText, ZaloUserEvents userEvents) {
        this.sendOaText = sendOaText;
        this.userEvents = userEvents;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CsRequest(Recipient recipient, Text message) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Recipient(String user_id) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Text(String text) {}
    }

    @PostMapping("/v3.0/oa/message/cs")
    Map<String, Object> cs(
            @RequestHeader(name = "access_token", required = false) String accessToken,
            @RequestBody CsRequest request) {
        String userId = request.recipient() == null ? null : request.recipient().user_id();
        String text = request.message() == null ? null : request.message().text();
        SendOaText.Result result = sendOaText.send(accessToken, userId, text);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (result.error() == 0) {
            answer.put("data", Map.of("message_id", result.messageId(), "user_id", result.userId()));
            userEvents.scheduleReceived(result.userId(), result.messageId());
        }
        answer.put("error", result.error());
        answer.put("message", result.message());
        return answer;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserText(String userId, String text) {}

    @PostMapping("/sandbox/zalo/messages")
    ZaloUserEvents.Delivered userSends(@RequestBody UserText request) {
        if (request.userId() == null || !request.userId().matches("\\d{12,20}")) {
            throw new SandboxRequestException(
                    HttpStatus.BAD_REQUEST, "invalid-user", "userId must be a Zalo user id (12 to 20 digits)");
        }
        if (request.text() == null || request.text().isBlank()) {
            throw new SandboxRequestException(HttpStatus.BAD_REQUEST, "invalid-text", "text is required");
        }
        return userEvents.sendText(request.userId(), request.text());
    }
}
