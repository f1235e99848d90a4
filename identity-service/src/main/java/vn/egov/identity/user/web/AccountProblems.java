package vn.egov.identity.user.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.egov.identity.user.AccountProblem;

/**
 * The API's errors as RFC 9457 problem+json with the platform's stable types ({@code https://egov.vn/problems/<slug>}),
 * like every other service's: {@code invalid-request} with {@code errors[{field, message}]} for bad input, the
 * account problems' own slugs, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = AccountProblems.class)
class AccountProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://egov.vn/problems/";

    @ExceptionHandler(AccountProblem.class)
    ResponseEntity<ProblemDetail> accountProblem(AccountProblem problem) {
        HttpStatus status =
                switch (problem.kind()) {
                    case INVALID -> HttpStatus.BAD_REQUEST;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                };
        return ResponseEntity.status(status).body(problem(status, problem.slug(), problem.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid parameters");
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "is invalid")));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields");
        List<Map<String, String>> errors = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.add(Map.of(
                        "field",
                        error.getField(),
                        "message",
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid parameters");
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(Map.of(
                        "field",
                        result.getMethodParameter().getParameterName() == null
                                ? "parameter"
                                : result.getMethodParameter().getParameterName(),
                        "message",
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Everything else Spring MVC turns into a problem (unreadable body, wrong method, ...) gets a stable type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setType(URI.create(TYPE_BASE + slug(status)));
            if (status.value() == 400) {
                problem.setDetail("The request body is not valid JSON for this call");
            }
        }
        return response;
    }

    private static String slug(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status.is5xxServerError() ? "internal-error" : "request-refused";
        };
    }

    static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
