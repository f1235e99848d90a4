package vn.egov.sandbox;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for the sandbox's own endpoints ({@code /sandbox/**}) and anything unmatched, with stable
 * {@code https://egov.vn/problems/<slug>} types. Partner endpoints answer in their partner's own error format through
 * advices of higher precedence scoped to their controllers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class SandboxProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://egov.vn/problems/";

    /** Builds a problem with a sandbox type; used by the sandbox controllers for their own refusals. */
    public static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        return problem;
    }

    @ExceptionHandler(SandboxRequestException.class)
    ProblemDetail handleSandboxRequest(SandboxRequestException exception) {
        return exception.problem();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = exception.getBody();
        List<String> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    /** Every problem leaving here gets a stable type instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && isBlank(problem.getType())) {
            problem.setType(URI.create(TYPE_BASE + slugFor(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static boolean isBlank(URI type) {
        return type == null || "about:blank".equals(type.toString());
    }

    private static String slugFor(HttpStatusCode status) {
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            return "invalid-request";
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
