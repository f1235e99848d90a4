package vn.egov.sandbox.nationalportal.web;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Unreadable requests to the portal's endpoints, answered in the portal's format rather than problem+json. */
@RestControllerAdvice(assignableTypes = NationalPortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NationalPortalErrors {

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest()
                .body(Map.of("error_code", -1, "message", "Yêu cầu không đọc được: cần JSON"));
    }
}
