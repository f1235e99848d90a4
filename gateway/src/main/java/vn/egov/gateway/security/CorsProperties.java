package vn.egov.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser origins allowed to call the API through the gateway.
 *
 * @param allowedOrigins exact origins ({@code EGOV_GATEWAY_CORS_ALLOWED_ORIGINS}, comma-separated); the local front
 *     end at {@code http://localhost:8080} by default
 */
@ConfigurationProperties("egov.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null
                ? List.of("http://localhost:8080")
                : allowedOrigins.stream()
                        .map(String::trim)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }
}
