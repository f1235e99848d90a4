package vn.egov.sandbox.momo.web;

import java.time.Clock;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.egov.sandbox.momo.MomoResultCode;

/** Unreadable requests to MoMo's API, answered as MoMo answers a bad format: HTTP 400, resultCode 20. */
@RestControllerAdvice(assignableTypes = MomoController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MomoErrors {

    private final Clock clock;

    MomoErrors(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> badFormat() {
        return Map.of(
                "resultCode", MomoResultCode.BAD_FORMAT.code(),
                "message", MomoResultCode.BAD_FORMAT.message("vi"),
                "responseTime", clock.millis());
    }
}
