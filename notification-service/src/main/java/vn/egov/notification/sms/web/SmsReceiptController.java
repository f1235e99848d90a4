package vn.egov.notification.sms.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.RecordDeliveryReceipt;
import vn.egov.notification.sms.SmsProperties;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * eSMS's delivery report, called on the {@code CallbackUrl} sent with each message: {@code GET
 * ?token=&SMSID=&SendStatus=5&SendSuccess=1&SendFailed=0&...}. eSMS signs nothing, so the URL carries a secret token;
 * a wrong one answers 401. {@code SendStatus} 5 is final: {@code SendSuccess} ≥ 1 delivered, else not; other statuses
 * (pending, waiting for the telco) are acknowledged and not recorded.
 */
@SecurityRequirements
@RestController
class SmsReceiptController {

    private final SmsProperties properties;
    private final RecordDeliveryReceipt recordDeliveryReceipt;

    SmsReceiptController(SmsProperties properties, RecordDeliveryReceipt recordDeliveryReceipt) {
        this.properties = properties;
        this.recordDeliveryReceipt = recordDeliveryReceipt;
    }

    @GetMapping("/api/notifications/receipts/sms")
    String receipt(
            @RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "SMSID", required = false) String smsId,
            @RequestParam(name = "SendStatus", required = false) String sendStatus,
            @RequestParam(name = "SendSuccess", required = false) String sendSuccess) {
        if (token == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        properties.receiptToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(
                    HttpStatus.UNAUTHORIZED, "invalid-webhook-token", "Unauthorized", "the report's token is wrong");
        }
        if (smsId == null || smsId.isBlank() || sendStatus == null) {
            throw ApiProblem.badRequest("invalid-request", "SMSID and SendStatus are required");
        }
        if ("5".equals(sendStatus.strip()) || "4".equals(sendStatus.strip())) {
            boolean delivered = "5".equals(sendStatus.strip()) && count(sendSuccess) >= 1;
            recordDeliveryReceipt.record(Channel.SMS, smsId.strip(), delivered, Optional.empty());
        }
        return "OK";
    }

    private static int count(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
