package vn.egov.sandbox.zalo.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.zalo.SendZnsMessage;
import vn.egov.sandbox.zalo.ZaloUserEvents;
import vn.egov.sandbox.zalo.ZnsCode;
import vn.egov.sandbox.zalo.ZnsResult;

/**
 * ZNS's {@code POST /message/template} (at Zalo: {@code https://business.openapi.zalo.me/message/template}). Like Zalo
 * it answers HTTP 200 with an {@code error} number for every request it can read, refusals included.
 */
@RestController
public class ZnsController {

    /** The path of the API at Zalo's host. */
    public static final String SEND_PATH = "/message/template";

    private final SendZnsMessage sendZnsMessage;
    private final ZaloUserEvents userEvents;

    ZnsController(SendZnsMessage sendZnsMessage, ZaloUserEvents userEvents) {
        this.sendZnsMessage = sendZnsMessage;
        this.userEvents = userEvents;
    }

    @FaultInjected(FaultChannel.ZALO)
    @PostMapping(SEND_PATH)
    ZnsResponse send(
            @RequestHeader(name = "access_token", required = false) String accessToken,
            @RequestBody ZnsSendRequest request) {
        ZnsResult result = sendZnsMessage.send(request.toSubmission(accessToken));
        if (result.code() == ZnsCode.SUCCESS && result.sent() != null) {
            userEvents.scheduleReceived(
                    result.sent().phone().digits(), result.sent().msgId());
        }
        return ZnsResponse.from(result);
    }
}
