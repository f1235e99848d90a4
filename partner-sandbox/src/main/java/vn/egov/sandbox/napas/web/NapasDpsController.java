package vn.egov.sandbox.napas.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.napas.QueryNapasTransaction;
import vn.egov.sandbox.napas.RefundNapasPayment;

/**
 * The server-to-server side of the NAPAS gateway, {@code POST /napas/gateway/vpcdps}: form fields in, form fields out
 * (HTTP 200), dispatched on {@code vpc_Command} ({@code queryDR} or {@code refund}).
 */
@RestController
public class NapasDpsController {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED;

    private final QueryNapasTransaction queryNapasTransaction;
    private final RefundNapasPayment refundNapasPayment;

    NapasDpsController(QueryNapasTransaction queryNapasTransaction, RefundNapasPayment refundNapasPayment) {
        this.queryNapasTransaction = queryNapasTransaction;
        this.refundNapasPayment = refundNapasPayment;
    }

    @FaultInjected(FaultChannel.NAPAS)
    @PostMapping(value = "/napas/gateway/vpcdps", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> dps(@RequestParam Map<String, String> fields) {
        String command = fields.getOrDefault("vpc_Command", "");
        Map<String, String> answer =
                switch (command) {
                    case "queryDR" -> queryNapasTransaction.query(fields);
                    case "refund" -> refundNapasPayment.refund(fields);
                    default -> unsupported(command);
                };
        return ResponseEntity.ok().contentType(FORM).body(encode(answer));
    }

    private static Map<String, String> unsupported(String command) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vpc_Command", command);
        answer.put("vpc_TxnResponseCode", "1");
        answer.put("vpc_Message", "Unsupported vpc_Command: " + command);
        return answer;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
