package vn.egov.sandbox.zalo.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.zalo.SendZnsMessage;

/**
 * ZNS's {@code POST /message/template} (at Zalo: {@code https://business.openapi.zalo.me/message/template}). Like Zalo
 * it answers HTTP 200 with an {@code error} number for every request it can read, refusals included.
 */
@RestController
public class ZnsController {

    /** The path of the API at Zalo's host. */
    public static final String SEND_PATH = "/message/template";

    private final SendZnsMessage sendZnsMessage;

    ZnsController(SendZnsMessage sendZnsMessage) {
        this.sendZnsMessage = sendZnsMessage;
    }

    @FaultInjected(FaultChannel.ZALO)
    @PostMapping(SEND_PATH)
    ZnsResponse send(
            @RequestHeader(name = "access_token", required = false) String accessToken,
            @RequestBody ZnsSendRequest request) {
        return ZnsResponse.from(sendZnsMessage.send(request.toSubmission(accessToken)));
    }
}
