package vn.egov.sandbox.sms.web;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Unreadable requests to the eSMS endpoint, answered in eSMS's format rather than problem+json. eSMS documents
 * {@code {"error":"Invalid request"}} for them; it does not say with which HTTP status, so the sandbox uses 400.
 */
@RestControllerAdvice(assignableTypes = EsmsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EsmsErrors {

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalidRequest() {
        return Map.of("error", "Invalid request");
    }
}
