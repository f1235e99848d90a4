package vn.egov.gateway.routing;

import org.springframework.cloud.gateway.filter.factory.DedupeResponseHeaderGatewayFilterFactory.Strategy;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API's routes (ARCHITECTURE §7, §8). Services serve exactly the paths the gateway exposes, so nothing is
 * rewritten; anything not listed here (notably the services' {@code /internal/**} and {@code /actuator/**}) has no
 * route and stays inside the platform.
 */
@Configuration(proxyBeanMethods = false)
public class Routes {

    @Bean
    RouteLocator publicApi(RouteLocatorBuilder builder, ServiceUrls services) {
        return builder.routes()
                // Before the dossier route, which takes the rest of /api/public/**.
                .route("payment-public", r -> r.order(-1)
                        .path("/api/public/payments/**", "/api/public/receipts/**")
                        .filters(Routes::common)
                        .uri(services.payment()))
                .route("catalogue", r -> r.path("/api/catalogue/**", "/api/assistant/**")
                        .filters(Routes::common)
                        .uri(services.catalogue()))
                .route("dossier", r -> r.path("/api/dossiers/**", "/api/public/**", "/api/calendar/**", "/api/calendar")
                        .filters(Routes::common)
                        .uri(services.dossier()))
                .route(
                        "payment",
                        r -> r.path("/api/payments/**").filters(Routes::common).uri(services.payment()))
                .route("notification", r -> r.path("/api/notifications/**", "/api/chatbot/**")
                        .filters(Routes::common)
                        .uri(services.notification()))
                .build();
    }

    private static UriSpec common(GatewayFilterSpec filters) {
        // The gateway answers CORS itself; a service that also does must not make the browser see the header twice.
        return filters.dedupeResponseHeader(
                "Access-Control-Allow-Origin Access-Control-Allow-Credentials Vary", Strategy.RETAIN_UNIQUE.name());
    }
}
