package vn.egov.gateway.routing;

import java.net.ConnectException;
import org.springframework.cloud.gateway.filter.factory.DedupeResponseHeaderGatewayFilterFactory.Strategy;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The public API's routes (ARCHITECTURE §7, §8), and the web front end for everything else, each to any healthy
 * instance of its service ({@code lb://<service>}, {@link InstanceBalancing}). Services serve exactly
 * the paths the gateway exposes, so nothing is rewritten; the services' {@code /internal/**} and {@code /actuator/**}
 * have no route and stay inside the platform (and {@code InternalPaths} answers 404 for them before any route).
 */
@Configuration(proxyBeanMethods = false)
public class Routes {

    /** Attempts after the first: enough to pass two dead instances before the health check has left them out. */
    private static final int CONNECT_RETRIES = 2;

    @Bean
    RouteLocator publicApi(RouteLocatorBuilder builder) {
        return builder.routes()
                // Before the dossier route, which takes the rest of /api/public/**.
                .route("payment-public", r -> r.order(-1)
                        .path("/api/public/payments/**", "/api/public/receipts/**")
                        .filters(Routes::common)
                        .uri(ServiceUrls.balanced(ServiceUrls.PAYMENT)))
                .route("catalogue", r -> r.path("/api/catalogue/**", "/api/assistant/**")
                        .filters(Routes::common)
                        .uri(ServiceUrls.balanced(ServiceUrls.CATALOGUE)))
                .route("dossier", r -> r.path("/api/dossiers/**", "/api/public/**", "/api/calendar/**", "/api/calendar")
                        .filters(Routes::common)
                        .uri(ServiceUrls.balanced(ServiceUrls.DOSSIER)))
                .route("payment", r -> r.path("/api/payments/**")
                        .filters(Routes::common)
                        .uri(ServiceUrls.balanced(ServiceUrls.PAYMENT)))
                .route("notification", r -> r.path("/api/notifications/**", "/api/chatbot/**")
                        .filters(Routes::common)
                        .uri(ServiceUrls.balanced(ServiceUrls.NOTIFICATION)))
                // A browser opening a public address printed on a document (the QR code of a result or an e-receipt)
                // or coming back from a payment partner gets the portal's page for it; API clients, which do not ask
                // for HTML, get the JSON as before. Before the payment and dossier routes, which take these paths.
                .route("public-pages", r -> r.order(-2)
                        .path("/api/public/results/*", "/api/public/receipts/*", "/api/public/payments/by-order/*/*")
                        .and()
                        .method(HttpMethod.GET)
                        .and()
                        .header(HttpHeaders.ACCEPT, ".*text/html.*")
                        .filters(Routes::retryConnectFailures)
                        .uri(ServiceUrls.balanced(ServiceUrls.WEB)))
                // The portal's pages: everything outside the API and its documents (apidocs.ApiDocs, served here).
                // Last, so that no API path ever reaches it.
                .route("web", r -> r.order(Ordered.LOWEST_PRECEDENCE)
                        .path("/**")
                        .and()
                        .not(api -> api.path("/api/**", "/actuator/**", "/internal/**", "/api-docs", "/api-docs/**"))
                        .filters(Routes::retryConnectFailures)
                        .uri(ServiceUrls.balanced(ServiceUrls.WEB)))
                .build();
    }

    private static UriSpec common(GatewayFilterSpec filters) {
        // The gateway answers CORS itself; a service that also does must not make the browser see the header twice.
        return retryConnectFailures(filters.dedupeResponseHeader(
                "Access-Control-Allow-Origin Access-Control-Allow-Credentials Vary", Strategy.RETAIN_UNIQUE.name()));
    }

    /**
     * A GET or HEAD that an instance refused at connect (stopped, killed, not yet removed by the health check) is sent
     * again, to the next instance: it never reached a service, and reading twice changes nothing. Nothing else is
     * retried: a request a service received, or any other method, may have done its work.
     */
    private static GatewayFilterSpec retryConnectFailures(GatewayFilterSpec filters) {
        return filters.retry(retry -> retry.setRetries(CONNECT_RETRIES)
                .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                .setSeries()
                .setStatuses()
                .setExceptions(ConnectException.class));
    }
}
