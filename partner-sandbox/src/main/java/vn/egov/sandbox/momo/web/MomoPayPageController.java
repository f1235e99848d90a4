package vn.egov.sandbox.momo.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import vn.egov.sandbox.momo.DecideMomoPayment;
import vn.egov.sandbox.momo.MomoPayerChoice;
import vn.egov.sandbox.momo.MomoPayerOutcome;
import vn.egov.sandbox.momo.ViewMomoPayPage;

/**
 * The payment page behind a MoMo payUrl ({@code GET /sandbox/momo/pay/{token}}) and the payer's choice on it
 * ({@code POST} with form field {@code action=pay|cancel}), answered with a 303 to the merchant's redirectUrl.
 */
@RestController
public class MomoPayPageController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ViewMomoPayPage viewMomoPayPage;
    private final DecideMomoPayment decideMomoPayment;

    MomoPayPageController(ViewMomoPayPage viewMomoPayPage, DecideMomoPayment decideMomoPayment) {
        this.viewMomoPayPage = viewMomoPayPage;
        this.decideMomoPayment = decideMomoPayment;
    }

    @FaultInjected(FaultChannel.MOMO)
    @GetMapping("/sandbox/momo/pay/{token}")
    ResponseEntity<String> page(@PathVariable String token) {
        return viewMomoPayPage
                .view(token)
                .map(page -> html(HttpStatus.OK, MomoPayPageHtml.render(page)))
                .orElseGet(MomoPayPageController::unknownOrder);
    }

    @FaultInjected(FaultChannel.MOMO)
    @PostMapping(value = "/sandbox/momo/pay/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> decide(@PathVariable String token, @RequestParam(required = false) String action) {
        MomoPayerChoice choice = MomoPayerChoice.parse(action).orElse(null);
        if (choice == null) {
            return html(
                    HttpStatus.BAD_REQUEST,
                    MomoPayPageHtml.message("Yêu cầu không hợp lệ", "Trường action phải là pay hoặc cancel."));
        }
        MomoPayerOutcome outcome = decideMomoPayment.decide(token, choice);
        return switch (outcome.kind()) {
            case REDIRECTED ->
                ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(URI.create(outcome.redirectUrl()))
                        .build();
            case UNKNOWN_ORDER -> unknownOrder();
            case CLOSED ->
                html(
                        HttpStatus.CONFLICT,
                        MomoPayPageHtml.message(
                                "Giao dịch đã kết thúc",
                                outcome.code().message("vi") + " ("
                                        + outcome.code().code() + ")"));
        };
    }

    private static ResponseEntity<String> unknownOrder() {
        return html(
                HttpStatus.NOT_FOUND,
                MomoPayPageHtml.message("Không tìm thấy giao dịch", "Liên kết thanh toán không tồn tại."));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML_UTF8).body(body);
    }
}
