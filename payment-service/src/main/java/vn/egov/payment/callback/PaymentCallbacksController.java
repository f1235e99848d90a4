package vn.egov.payment.callback;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * Receives partners' callbacks at {@code /api/payments/callbacks/{provider}}. Until payments are built, every callback
 * is answered 501 so that a partner configured too early sees a clear refusal rather than a silent success.
 */
@RestController
class PaymentCallbacksController {

    @PostMapping("/api/payments/callbacks/{provider}")
    void callback(@PathVariable String provider) {
        throw new ApiProblem(
                HttpStatus.NOT_IMPLEMENTED, "not-implemented", "Not implemented", "payments are not available yet");
    }
}
