package vn.egov.payment.refund.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.payment.payment.PaymentNotFound;
import vn.egov.payment.payment.ViewPayment;
import vn.egov.payment.refund.RefundView;
import vn.egov.payment.refund.Refunds;
import vn.egov.payment.refund.RequestRefund;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** An officer of the collecting agency gives a payment's money back; the owner and the officers see the refund. */
@RestController
class RefundController {

    private final ViewPayment viewPayment;
    private final RequestRefund requestRefund;
    private final Refunds refunds;

    RefundController(ViewPayment viewPayment, RequestRefund requestRefund, Refunds refunds) {
        this.viewPayment = viewPayment;
        this.requestRefund = requestRefund;
        this.refunds = refunds;
    }

    /** 202: recorded and on its way to the partner; the refund's status tells when it is done. */
    @PostMapping("/api/payments/{id}/refunds")
    ResponseEntity<RefundView> request(
            @PathVariable String id, @RequestBody(required = false) RefundRequest body, CurrentUser user) {
        var payment = viewPayment.view(id, user);
        if (!user.isOfficerOf(payment.agencyCode())) {
            throw new ApiProblem(
                    HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "A refund is for an officer of the agency");
        }
        if (body == null
                || body.reason() == null
                || body.reason().isBlank()
                || body.reason().length() > 500) {
            throw ApiProblem.badRequest("invalid-request", "Invalid fields: reason")
                    .with(
                            "errors",
                            List.of(Map.of("field", "reason", "message", "say why, in at most 500 characters")));
        }
        RefundView refund = requestRefund.request(payment.id(), body.reason().strip(), user.subject());
        return ResponseEntity.accepted()
                .location(URI.create("/api/payments/" + payment.id() + "/refund"))
                .body(refund);
    }

    @GetMapping("/api/payments/{id}/refund")
    RefundView refund(@PathVariable String id, CurrentUser user) {
        var payment = viewPayment.view(id, user);
        return refunds.ofPayment(payment.id()).orElseThrow(() -> new PaymentNotFound("Refund of payment", id));
    }

    /** @param reason why the money goes back, for the record */
    record RefundRequest(String reason) {}
}
