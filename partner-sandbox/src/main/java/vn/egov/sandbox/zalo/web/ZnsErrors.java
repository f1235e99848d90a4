package vn.egov.sandbox.zalo.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.egov.sandbox.zalo.ZnsCode;

/**
 * Unreadable requests to the ZNS endpoint, answered in Zalo's format rather than problem+json. Zalo documents no code
 * for a body it cannot parse; the sandbox answers -100 "Unknown error" with HTTP 200, as Zalo does for its errors.
 */
@RestControllerAdvice(assignableTypes = ZnsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ZnsErrors {

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ZnsResponse unreadable() {
        return ZnsResponse.refused(ZnsCode.UNKNOWN_ERROR);
    }
}
