package vn.egov.sandbox.vietinbank.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.vietinbank.InquireStatement;
import vn.egov.sandbox.vietinbank.StatementAnswer;

/**
 * VietinBank's statement inquiry behind its IBM API gateway, {@code POST /erp/v1/statement/inquiry}. Wrong client
 * credentials get the gateway's own 401 body; anything past the gateway gets HTTP 200 with an {@code errorCode}.
 */
@RestController
public class StatementController {

    private final InquireStatement inquireStatement;

    StatementController(InquireStatement inquireStatement) {
        this.inquireStatement = inquireStatement;
    }

    @FaultInjected(FaultChannel.VIETINBANK)
    @PostMapping("/erp/v1/statement/inquiry")
    ResponseEntity<?> inquire(
            @RequestHeader(name = "x-ibm-client-id", required = false) String clientId,
            @RequestHeader(name = "x-ibm-client-secret", required = false) String clientSecret,
            @RequestBody StatementRequest request) {
        StatementAnswer answer = inquireStatement.inquire(request.toInquiry(clientId, clientSecret));
        if (!answer.clientAuthenticated()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of(
                            "httpCode", "401",
                            "httpMessage", "Unauthorized",
                            "moreInformation", "Invalid client id or secret."));
        }
        return ResponseEntity.ok(StatementResponse.from(request, answer));
    }
}
