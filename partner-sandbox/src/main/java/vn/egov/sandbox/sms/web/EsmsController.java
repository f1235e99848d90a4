package vn.egov.sandbox.sms.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.sms.DeliveryReports;
import vn.egov.sandbox.sms.EsmsCode;
import vn.egov.sandbox.sms.EsmsResult;
import vn.egov.sandbox.sms.SendBrandnameSms;

/**
 * eSMS's {@code POST /MainService.svc/json/SendMultipleMessage_V4_post_json/}. Like eSMS it answers HTTP 200 with a
 * {@code CodeResult} for every request it can read, refusals included.
 */
@RestController
public class EsmsController {

    /** The path eSMS publishes, trailing slash included; the bare form is accepted too. */
    public static final String SEND_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

    private final SendBrandnameSms sendBrandnameSms;
    private final DeliveryReports deliveryReports;

    EsmsController(SendBrandnameSms sendBrandnameSms, DeliveryReports deliveryReports) {
        this.sendBrandnameSms = sendBrandnameSms;
        this.deliveryReports = deliveryReports;
    }

    @FaultInjected(FaultChannel.SMS)
    @PostMapping({SEND_PATH, "/MainService.svc/json/SendMultipleMessage_V4_post_json"})
    EsmsResponse send(@RequestBody EsmsSendRequest request) {
        EsmsResult result = sendBrandnameSms.send(request.toSubmission());
        if (result.code() == EsmsCode.ACCEPTED && !"1".equals(request.sandbox())) {
            deliveryReports.schedule(request.callbackUrl(), result.smsId(), request.requestId(), request.phone());
        }
        return EsmsResponse.from(result);
    }
}
