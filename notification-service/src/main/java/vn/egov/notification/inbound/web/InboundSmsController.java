package vn.egov.notification.inbound.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.notification.inbound.AnswerInboundSms;
import vn.egov.notification.inbound.SmsWebhookAuthentication;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.values.PhoneNumber;

/**
 * The SMS provider's mobile-originated (MO) webhook: {@code POST /api/notifications/inbound/sms} with
 * {@code {"MessageId", "Phone", "ShortCode", "Content", "ReceivedTime"}}, authenticated by the shared secret
 * ({@code X-Webhook-Secret}) or the HMAC-SHA256 of the body ({@code X-Webhook-Signature}). Every authentic, readable
 * message is acknowledged with {@code {"CodeResult":"100"}}, answered or not (duplicate, over the sender's limit).
 */
@RestController
class InboundSmsController {

    private final SmsWebhookAuthentication authentication;
    private final AnswerInboundSms answerInboundSms;
    private final JsonMapper json;

    InboundSmsController(SmsWebhookAuthentication authentication, AnswerInboundSms answerInboundSms, JsonMapper json) {
        this.authentication = authentication;
        this.answerInboundSms = answerInboundSms;
        this.json = json;
    }

    @PostMapping(path = "/api/notifications/inbound/sms", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> receive(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Webhook-Secret", required = false) String secret,
            @RequestHeader(name = "X-Webhook-Signature", required = false) String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!authentication.authentic(secret, signature, raw)) {
            throw new ApiProblem(
                    HttpStatus.UNAUTHORIZED,
                    "invalid-webhook-signature",
                    "Unauthorized",
                    "the webhook secret or signature is missing or wrong");
        }
        JsonNode message;
        try {
            message = json.readTree(raw);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("invalid-request", "the body is not JSON");
        }
        if (message == null || !message.isObject()) {
            throw ApiProblem.badRequest("invalid-request", "the body must be a JSON object");
        }
        String messageId = text(message, "MessageId");
        String phone = text(message, "Phone");
        String content =
                message.path("Content").isString() ? message.path("Content").asString() : null;
        if (messageId == null || phone == null || content == null) {
            throw ApiProblem.badRequest("invalid-request", "MessageId, Phone and Content are required");
        }
        if (messageId.length() > 100 || content.length() > 2000) {
            throw ApiProblem.badRequest("invalid-request", "MessageId or Content too long");
        }
        PhoneNumber from = PhoneNumber.tryParse(phone)
                .orElseThrow(() -> ApiProblem.badRequest("invalid-request", "Phone is not a Vietnamese mobile number"));
        answerInboundSms.answer(new AnswerInboundSms.InboundSms(messageId, from, content));
        return Map.of("CodeResult", "100");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString() && !value.asString().isBlank()) {
            return value.asString().strip();
        }
        if (value.isNumber()) {
            return value.asString();
        }
        return null;
    }
}
