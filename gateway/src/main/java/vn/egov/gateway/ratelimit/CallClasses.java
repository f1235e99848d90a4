package vn.egov.gateway.ratelimit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which limit a request counts against, or none.
 *
 * <ul>
 *   <li>Only the API ({@code /api/**}) is counted. The portal's pages and their assets are not: a page costs the API
 *       calls the portal makes for it, and those are counted against the visitor (the portal passes the visitor's
 *       address on in {@code X-Forwarded-For}, or the visitor's token). Counting a page load (a page, its styles,
 *       scripts and images) as well would throttle a one-stop shop's clerks behind one office address.
 *   <li>Not counted either: partners' signed notifications (payment callbacks, SMS and Zalo webhooks, delivery
 *       reports). A bank's notifications all come from a few addresses, must never be dropped, and are checked by
 *       signature; and a browser opening a printed QR address, which the gateway sends to the portal's page.
 *   <li>{@link LimitClass#LOOKUP}: the public look-ups by code, whoever asks.
 *   <li>Everything else under {@code /api/}: {@link LimitClass#USER} with a token, {@link LimitClass#ANONYMOUS}
 *       without.
 * </ul>
 */
final class CallClasses {

    private static final PathPattern API = parse("/api/**");
    private static final List<PathPattern> PARTNER_NOTIFICATIONS =
            patterns("/api/payments/callbacks/**", "/api/notifications/inbound/**", "/api/notifications/receipts/**");
    private static final List<PathPattern> LOOKUPS = patterns(
            "/api/public/dossiers/**",
            "/api/public/results/**",
            "/api/public/receipts/**",
            "/api/public/payments/by-order/**");
    /** The addresses printed as QR codes or given to payment partners, which a browser opens (the "public-pages" route). */
    private static final List<PathPattern> PORTAL_PAGES_UNDER_THE_API =
            patterns("/api/public/results/*", "/api/public/receipts/*", "/api/public/payments/by-order/*/*");

    private CallClasses() {}

    static Optional<LimitClass> of(ServerHttpRequest request, boolean signedIn) {
        PathContainer path = request.getPath().pathWithinApplication();
        if (!API.matches(path) || matches(PARTNER_NOTIFICATIONS, path) || isBrowserPage(request, path)) {
            return Optional.empty();
        }
        if (matches(LOOKUPS, path)) {
            return Optional.of(LimitClass.LOOKUP);
        }
        return Optional.of(signedIn ? LimitClass.USER : LimitClass.ANONYMOUS);
    }

    private static boolean isBrowserPage(ServerHttpRequest request, PathContainer path) {
        return HttpMethod.GET.equals(request.getMethod())
                && matches(PORTAL_PAGES_UNDER_THE_API, path)
                && request.getHeaders().getAccept().stream()
                        .anyMatch(type -> type.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(type));
    }

    private static boolean matches(List<PathPattern> patterns, PathContainer path) {
        return patterns.stream().anyMatch(p -> p.matches(path));
    }

    private static List<PathPattern> patterns(String... patterns) {
        return Arrays.stream(patterns).map(CallClasses::parse).toList();
    }

    private static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
