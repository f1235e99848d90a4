package vn.egov.dossier.catalogue.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.egov.dossier.catalogue.CatalogueUnavailable;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * Answers 503 with {@code Retry-After} when the catalogue is away. Ordered before the service defaults' catch-all,
 * which would otherwise turn it into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueProblems {

    @ExceptionHandler(CatalogueUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(CatalogueUnavailable e) {
        ProblemDetail problem = new ApiProblem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "catalogue-unavailable",
                        "Catalogue unavailable",
                        "The procedure catalogue cannot be reached right now; nothing was stored, please retry later")
                .toProblemDetail();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }
}
