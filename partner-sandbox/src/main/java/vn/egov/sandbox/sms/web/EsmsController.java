package vn.egov.sandbox.sms.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
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

    EsmsController(SendBrandnameSms sendBrandnameSms) {
        this.sendBrandnameSms = sendBrandnameSms;
    }

    @FaultInjected(FaultChannel.SMS)
    @PostMapping({SEND_PATH, "/MainService.svc/json/SendMultipleMessage_V4_post_json"})
    EsmsResponse send(@RequestBody EsmsSendRequest request) {
        return EsmsResponse.from(sendBrandnameSms.send(request.toSubmission()));
    }
}
