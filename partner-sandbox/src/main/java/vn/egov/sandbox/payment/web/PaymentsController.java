package vn.egov.sandbox.payment.web;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.SandboxRequestException;
import vn.egov.sandbox.payment.ClearPayments;
import vn.egov.sandbox.payment.ReadPayments;
import vn.egov.sandbox.payment.SimulatedPayment;

/** Shows what the simulated payment partners did ({@code GET}) and forgets it ({@code DELETE}). */
@RestController
@RequestMapping("/sandbox/payments")
public class PaymentsController {

    private final ReadPayments readPayments;
    private final ClearPayments clearPayments;

    PaymentsController(ReadPayments readPayments, ClearPayments clearPayments) {
        this.readPayments = readPayments;
        this.clearPayments = clearPayments;
    }

    /** {@code orderId} and {@code reference} are two names for the same filter; give at most one. */
    @GetMapping
    List<SimulatedPayment> read(
            @RequestParam(required = false) String orderId, @RequestParam(required = false) String reference) {
        if (orderId != null && reference != null && !orderId.equals(reference)) {
            throw new SandboxRequestException(
                    HttpStatus.BAD_REQUEST, "invalid-request", "Give orderId or reference, not both");
        }
        return readPayments.read(Optional.ofNullable(orderId != null ? orderId : reference));
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        clearPayments.clear();
        return ResponseEntity.noContent().build();
    }
}
