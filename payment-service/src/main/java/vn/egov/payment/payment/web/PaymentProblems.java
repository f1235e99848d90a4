package vn.egov.payment.payment.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.egov.payment.dossier.DossierServiceUnavailable;
import vn.egov.payment.payment.IdempotencyKeyReused;
import vn.egov.payment.payment.IllegalPaymentTransition;
import vn.egov.payment.payment.PaymentNotFound;
import vn.egov.payment.payment.PaymentRefused;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * The payment domain's failures as problem+json. Ordered before the service defaults' catch-all, which would otherwise
 * answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentProblems {

    @ExceptionHandler(PaymentNotFound.class)
    ResponseEntity<ProblemDetail> notFound(PaymentNotFound e) {
        return answer(new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(PaymentRefused.class)
    ResponseEntity<ProblemDetail> refused(PaymentRefused e) {
        ApiProblem problem = ApiProblem.conflict(e.slug(), e.getMessage());
        if (e.openPaymentId() != null) {
            problem = problem.with("paymentId", e.openPaymentId().toString());
        }
        return answer(problem);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused e) {
        return answer(new ApiProblem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "idempotency-key-reused",
                        "Idempotency key reused",
                        e.getMessage())
                .with("errors", List.of(Map.of("field", "Idempotency-Key", "message", "already used"))));
    }

    @ExceptionHandler(IllegalPaymentTransition.class)
    ResponseEntity<ProblemDetail> illegal(IllegalPaymentTransition e) {
        return answer(ApiProblem.conflict("illegal-transition", e.getMessage()));
    }

    @ExceptionHandler(DossierServiceUnavailable.class)
    ResponseEntity<ProblemDetail> dossierServiceUnavailable(DossierServiceUnavailable e) {
        ProblemDetail problem = new ApiProblem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "dossier-service-unavailable",
                        "Dossiers unavailable",
                        "The dossier's fee cannot be read right now; nothing was started, please retry later")
                .toProblemDetail();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(ApiProblem problem) {
        return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
    }
}
