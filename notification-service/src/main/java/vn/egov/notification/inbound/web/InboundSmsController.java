package vn.egov.notification.inbound.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.notification.inbound.AnswerInboundSms;
import vn.egov.notification.inbound.SmsWebhookAuthentication;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.values.PhoneNumber;

/**
 * The SMS provider's mobile-originated (MO) webhook, {@code /api/notifications/inbound/sms}, in one of two forms
 * ({@code egov.notification.inbound.sms.authentication}):
 *
 * <ul>
 *   <li>{@code ESMS_SIGN} (default): eSMS's short-code push, {@code GET ?sender=&content=&serviceNumber=&keyword=&sign=
 *       &cpid=&smsid=&receiverTime=}, answered with eSMS's {@code ClientResponse} XML, its {@code Message} empty: the
 *       answer goes as a brandname SMS through the delivery log instead, so that it is accountable and retried;
 *   <li>{@code HMAC_SHA256} or {@code SHARED_SECRET}: {@code POST} JSON {@code {"MessageId", "Phone", "ShortCode",
 *       "Content"}} with {@code X-Webhook-Signature} or {@code X-Webhook-Secret}, answered {@code {"CodeResult":"100"}}.
 * </ul>
 *
 * A call that fails the configured check answers 401 problem+json; a malformed one 400.
 */
@SecurityRequirements
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

    @GetMapping(path = "/api/notifications/inbound/sms", produces = MediaType.APPLICATION_XML_VALUE)
    String receiveFromEsms(
            @RequestParam(name = "sender", required = false) String sender,
            @RequestParam(name = "content", required = false) String content,
            @RequestParam(name = "sign", required = false) String sign,
            @RequestParam(name = "cpid", required = false) String cpid,
            @RequestParam(name = "smsid", required = false) String smsid,
            @RequestParam(name = "receiverTime", required = false) String receiverTime) {
        if (!authentication.authenticEsms(cpid, smsid, content, receiverTime, sign)) {
            throw unauthorized();
        }
        if (smsid.isBlank() || smsid.length() > 100 || content.length() > 2000) {
            throw ApiProblem.badRequest("invalid-request", "smsid is required; content at most 2000 characters");
        }
        PhoneNumber from = PhoneNumber.tryParse(sender)
                .orElseThrow(
                        () -> ApiProblem.badRequest("invalid-request", "sender is not a Vietnamese mobile number"));
        answerInboundSms.answer(new AnswerInboundSms.InboundSms(smsid, from, content));
        return "<ClientResponse><Message></Message><Smsid>" + xml(smsid) + "</Smsid><Receiver>" + from.msisdn()
                + "</Receiver></ClientResponse>";
    }

    @PostMapping(path = "/api/notifications/inbound/sms", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> receive(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Webhook-Secret", required = false) String secret,
            @RequestHeader(name = "X-Webhook-Signature", required = false) String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!authentication.expectsJsonPost() || !authentication.authentic(secret, signature, raw)) {
            throw unauthorized();
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

    private static ApiProblem unauthorized() {
        return new ApiProblem(
                HttpStatus.UNAUTHORIZED,
                "invalid-webhook-signature",
                "Unauthorized",
                "the webhook signature or secret is missing or wrong");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
