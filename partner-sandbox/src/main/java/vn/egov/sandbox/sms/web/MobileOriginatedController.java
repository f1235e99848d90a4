package vn.egov.sandbox.sms.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.SandboxRequestException;
import vn.egov.sandbox.inbox.MobileNumber;
import vn.egov.sandbox.sms.DeliverMobileOriginated;

/**
 * The citizen's phone: {@code POST /sandbox/sms/mo} {@code {from, to, text[, messageId]}} sends an SMS to the short
 * code, which the provider delivers to the platform's webhook; the answer shows what the webhook replied. The
 * platform's answer to the citizen appears in the inbox ({@code GET /sandbox/messages?to=<from>}).
 */
@RestController
class MobileOriginatedController {

    private final DeliverMobileOriginated deliver;

    MobileOriginatedController(DeliverMobileOriginated deliver) {
        this.deliver = deliver;
    }

    record MobileOriginatedRequest(String from, String to, String text, String messageId) {}

    @PostMapping("/sandbox/sms/mo")
    DeliverMobileOriginated.Delivered send(@RequestBody MobileOriginatedRequest request) {
        MobileNumber from = MobileNumber.parseLenient(request.from())
                .orElseThrow(() -> new SandboxRequestException(
                        HttpStatus.BAD_REQUEST, "invalid-sender", "from must be a Vietnamese mobile number"));
        if (request.text() == null || request.text().isEmpty()) {
            throw new SandboxRequestException(HttpStatus.BAD_REQUEST, "invalid-text", "text is required");
        }
        return deliver.deliver(from, request.to(), request.text(), request.messageId());
    }
}
