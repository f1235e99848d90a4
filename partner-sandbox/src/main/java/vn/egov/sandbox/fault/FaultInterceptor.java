package vn.egov.sandbox.fault;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies planned faults before a {@link FaultInjected} handler runs, the way an overloaded partner or its load
 * balancer would: the request is held, then refused with a bare error status, and the partner records nothing.
 */
class FaultInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(FaultInterceptor.class);

    private final Faults faults;

    FaultInterceptor(Faults faults) {
        this.faults = faults;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(FaultInjected.class)) {
            return true;
        }
        FaultChannel channel = method.getMethodAnnotation(FaultInjected.class).value();
        Strike strike = faults.strike(channel);
        if (strike.latencyMs() > 0) {
            hold(strike.latencyMs());
        }
        if (strike.failureStatus().isEmpty()) {
            return true;
        }
        int status = strike.failureStatus().getAsInt();
        log.info("Injected fault on {}: answering {} to {}", channel, status, request.getRequestURI());
        // A gateway in trouble answers with its own bare error page, not in the partner's JSON format.
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("Injected fault: HTTP " + status + " from the partner sandbox");
        return false;
    }

    private static void hold(long latencyMs) {
        try {
            TimeUnit.MILLISECONDS.sleep(latencyMs);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
