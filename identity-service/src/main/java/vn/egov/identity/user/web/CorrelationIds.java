package vn.egov.identity.user.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.egov.identity.user.AccountAudit;

/**
 * Gives every request the correlation id its caller sent in {@code X-Correlation-Id} (or a new one), in the logs'
 * MDC and back in the response, so that the audit trail names the request that changed an account. The rule is the
 * platform's (service-defaults), which this provider does not depend on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIds extends OncePerRequestFilter {

    static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
        MDC.put(AccountAudit.CORRELATION_ID, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(AccountAudit.CORRELATION_ID);
        }
    }
}
