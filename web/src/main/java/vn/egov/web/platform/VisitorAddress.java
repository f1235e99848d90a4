package vn.egov.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@code X-Forwarded-For} of the calls this server makes on a visitor's behalf: what the page request brought
 * (the gateway's and any load balancer's) with the address the page request came from appended, as every proxy does.
 * The gateway counts anonymous calls per client address and trusts this server as a proxy, so each visitor is counted
 * alone instead of every visitor together as this server's one address.
 */
final class VisitorAddress {

    static final String HEADER = "X-Forwarded-For";

    private VisitorAddress() {}

    /** The header for a call made while serving a page request; empty outside one. */
    static Optional<String> forwardedFor() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        return Optional.of(forwardedFor(attributes.getRequest()));
    }

    static String forwardedFor(HttpServletRequest request) {
        String earlier = request.getHeader(HEADER);
        String from = request.getRemoteAddr();
        return earlier == null || earlier.isBlank() ? from : earlier.strip() + ", " + from;
    }
}
