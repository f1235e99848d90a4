package vn.egov.servicedefaults.problem;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into problem+json: Spring MVC's own exceptions, bean validation (naming each field), unreadable
 * JSON (naming the field where Jackson knows it), {@link DomainProblem}s (with the status of their kind) and
 * {@link ApiProblem}s, lost optimistic-lock races, and anything unexpected as a 500 without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(DomainProblem problem) {
        return answer(problem);
    }

    /**
     * The problem+json answer to a domain problem, for the one place that maps the domain's failures to HTTP (this
     * class) and for a service's own handlers that meet one outside a use case.
     */
    public static ResponseEntity<ProblemDetail> answer(DomainProblem problem) {
        HttpStatus status = statusOf(problem.kind());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, problem.detail());
        body.setType(URI.create(ApiProblem.TYPE_BASE + problem.slug()));
        body.setTitle(problem.title());
        problem.properties().forEach(body::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (problem.retryAfter() != null) {
            answer.header(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, problem.retryAfter().toSeconds())));
        }
        return answer.body(body);
    }

    static HttpStatus statusOf(DomainProblem.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNSUPPORTED_CONTENT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return apiProblem(ApiProblem.conflict(
                "concurrent-modification", "The resource was changed by someone else meanwhile; reload and retry"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return apiProblem(ApiProblem.badRequest("invalid-request", "The request has invalid fields")
                .with("errors", errors));
    }

    /**
     * Tomcat parses the query string (and a form body) when a parameter is first asked for, and throws when it cannot:
     * malformed percent-encoding, bytes that are not UTF-8, too many parameters. The caller sent that, not us.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParameterException e) {
        if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return apiProblem(new ApiProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "Payload too large",
                    "The request has too many parameters or too large a form"));
        }
        return apiProblem(ApiProblem.badRequest(
                "malformed-request",
                "The query string or form is not valid: malformed percent-encoding or text that is not UTF-8"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged");
        problem.setType(URI.create(ApiProblem.TYPE_BASE + "internal-error"));
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field",
                        error.getField(),
                        "message",
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ApiProblem.badRequest(
                        "invalid-request",
                        "Invalid fields: "
                                + String.join(
                                        ", ",
                                        errors.stream().map(m -> m.get("field")).toList()))
                .with("errors", errors)
                .toProblemDetail();
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of(
                                "field",
                                        result.getMethodParameter().getParameterName() == null
                                                ? "parameter"
                                                : result.getMethodParameter().getParameterName(),
                                "message",
                                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest()
                .body(ApiProblem.badRequest("invalid-request", "The request has invalid parameters")
                        .with("errors", errors)
                        .toProblemDetail());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = JsonErrorLocation.fieldOf(e);
        ApiProblem problem = field == null
                ? ApiProblem.badRequest("malformed-request", "The request body is not valid JSON")
                : ApiProblem.badRequest(
                                "malformed-request",
                                "The field '" + field + "' is missing or has a value of the wrong type")
                        .with(
                                "errors",
                                List.of(Map.of(
                                        "field", field, "message", "is missing or has the wrong type or format")));
        return ResponseEntity.badRequest().body(problem.toProblemDetail());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(ApiProblem.TYPE_BASE + slugOf(statusCode)));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String slugOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
