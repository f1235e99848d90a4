package vn.egov.notification.inbound.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.RecordDeliveryReceipt;
import vn.egov.notification.inbound.AnswerZaloMessage;
import vn.egov.notification.inbound.ZaloWebhookAuthentication;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * The Zalo Official Account's webhook: {@code POST /api/notifications/inbound/zalo}, events signed with
 * {@code X-ZEvent-Signature}. {@code user_send_text} is answered; {@code user_received_message} marks the messages
 * it names ({@code message.msg_ids}) delivered in the log; other events are acknowledged and left alone.
 */
@SecurityRequirements
@RestController
class InboundZaloController {

    private final ZaloWebhookAuthentication authentication;
    private final AnswerZaloMessage answerZaloMessage;
    private final RecordDeliveryReceipt recordDeliveryReceipt;
    private final JsonMapper json;

    InboundZaloController(
            ZaloWebhookAuthentication authentication,
            AnswerZaloMessage answerZaloMessage,
            RecordDeliveryReceipt recordDeliveryReceipt,
            JsonMapper json) {
        this.authentication = authentication;
        this.answerZaloMessage = answerZaloMessage;
        this.recordDeliveryReceipt = recordDeliveryReceipt;
        this.json = json;
    }

    @PostMapping(path = "/api/notifications/inbound/zalo", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> receive(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-ZEvent-Signature", required = false) String signature) {
        String raw = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        JsonNode event;
        try {
            event = json.readTree(raw);
        } catch (JacksonException e) {
            event = null;
        }
        String appId = event == null ? null : text(event.path("app_id"));
        String timestamp = event == null ? null : text(event.path("timestamp"));
        if (!authentication.authentic(signature, raw, appId, timestamp)) {
            throw new ApiProblem(
                    HttpStatus.UNAUTHORIZED,
                    "invalid-webhook-signature",
                    "Unauthorized",
                    "X-ZEvent-Signature is missing or does not match the event");
        }
        if (event == null || !event.isObject()) {
            throw ApiProblem.badRequest("invalid-request", "the body must be a JSON object");
        }
        String eventName = text(event.path("event_name"));
        if (eventName == null) {
            throw ApiProblem.badRequest("invalid-request", "event_name is required");
        }
        if ("user_received_message".equals(eventName)) {
            Optional<Instant> at = Optional.ofNullable(
                            text(event.path("message").path("delivery_time")))
                    .or(() -> Optional.ofNullable(timestamp))
                    .flatMap(InboundZaloController::epochMillis);
            for (JsonNode id : event.path("message").path("msg_ids")) {
                if (id.isString()) {
                    recordDeliveryReceipt.record(Channel.ZALO, id.asString(), true, at);
                }
            }
        }
        if ("user_send_text".equals(eventName)) {
            String userId = text(event.path("sender").path("id"));
            String msgId = text(event.path("message").path("msg_id"));
            String text = text(event.path("message").path("text"));
            if (userId == null || msgId == null || text == null || text.length() > 2000 || msgId.length() > 100) {
                throw ApiProblem.badRequest(
                        "invalid-request", "sender.id, message.msg_id and message.text are required");
            }
            answerZaloMessage.answer(new AnswerZaloMessage.ZaloText(msgId, userId, text));
        }
        return Map.of("error", 0, "message", "Success");
    }

    private static Optional<Instant> epochMillis(String value) {
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode value) {
        if (value.isString() && !value.asString().isBlank()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return value.asString();
        }
        return null;
    }
}
