package vn.egov.sandbox.napas.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.napas.DecideNapasPayment;
import vn.egov.sandbox.napas.NapasPayerChoice;
import vn.egov.sandbox.napas.NapasPayerOutcome;
import vn.egov.sandbox.napas.NapasStart;
import vn.egov.sandbox.napas.StartNapasPayment;
import vn.egov.sandbox.napas.ViewNapasCardPage;

/**
 * The browser side of the NAPAS gateway: {@code GET /napas/gateway/vpcpay.do} with the merchant's signed fields shows
 * the card page (or an error page, HTTP 400, with the response code), whose forms post the payer's choice to
 * {@code /napas/gateway/card/{token}}, answered with a 302 to the merchant.
 */
@RestController
public class NapasGatewayController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final StartNapasPayment startNapasPayment;
    private final ViewNapasCardPage viewNapasCardPage;
    private final DecideNapasPayment decideNapasPayment;

    NapasGatewayController(
            StartNapasPayment startNapasPayment,
            ViewNapasCardPage viewNapasCardPage,
            DecideNapasPayment decideNapasPayment) {
        this.startNapasPayment = startNapasPayment;
        this.viewNapasCardPage = viewNapasCardPage;
        this.decideNapasPayment = decideNapasPayment;
    }

    @FaultInjected(FaultChannel.NAPAS)
    @GetMapping("/napas/gateway/vpcpay.do")
    ResponseEntity<String> pay(@RequestParam Map<String, String> fields) {
        NapasStart start = startNapasPayment.start(fields);
        if (start.order() == null) {
            return html(HttpStatus.BAD_REQUEST, NapasPages.error(start.refusal(), start.detail()));
        }
        return card(start.order().token());
    }

    @FaultInjected(FaultChannel.NAPAS)
    @GetMapping(NapasPages.CARD_PATH + "{token}")
    ResponseEntity<String> card(@PathVariable String token) {
        return viewNapasCardPage
                .view(token)
                .map(page -> html(HttpStatus.OK, NapasPages.card(page)))
                .orElseGet(() -> html(HttpStatus.NOT_FOUND, NapasPages.message("Không tìm thấy giao dịch.")));
    }

    @FaultInjected(FaultChannel.NAPAS)
    @PostMapping(value = NapasPages.CARD_PATH + "{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> decide(@PathVariable String token, @RequestParam(required = false) String action) {
        NapasPayerChoice choice = NapasPayerChoice.parse(action).orElse(null);
        if (choice == null) {
            return html(HttpStatus.BAD_REQUEST, NapasPages.message("action phải là pay, decline hoặc cancel."));
        }
        NapasPayerOutcome outcome = decideNapasPayment.decide(token, choice);
        return switch (outcome.kind()) {
            case REDIRECTED ->
                ResponseEntity.status(HttpStatus.FOUND)
                        .location(URI.create(outcome.redirectUrl()))
                        .build();
            case UNKNOWN_ORDER -> html(HttpStatus.NOT_FOUND, NapasPages.message("Không tìm thấy giao dịch."));
            case CLOSED -> html(HttpStatus.CONFLICT, NapasPages.message("Giao dịch đã kết thúc hoặc đã hết hạn."));
        };
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML_UTF8).body(body);
    }
}
