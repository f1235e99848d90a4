package vn.egov.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.egov.webcore.CorrelationIdRule;

/**
 * Takes the correlation id the gateway gave the page's request (or makes one, by web-core's rule) before anything
 * else runs. Every call this page makes to the platform carries it, and an error page shows it, so that a citizen
 * reading it out to the help desk leads straight to the log lines of every service involved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Correlation extends OncePerRequestFilter {

    static final String ATTRIBUTE = Correlation.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = CorrelationIdRule.accept(request.getHeader(CorrelationIdRule.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        MDC.put("correlationId", id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    /** The current page request's correlation id; a new one outside a request. */
    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object id = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return id instanceof String text ? text : CorrelationIdRule.accept(MDC.get("correlationId"));
    }
}
