package vn.egov.gateway.routing;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service answers. Defaults are the local stack's ports; the environment ({@code EGOV_CATALOGUE_URL},
 * {@code EGOV_DOSSIER_URL}, {@code EGOV_PAYMENT_URL}, {@code EGOV_NOTIFICATION_URL}, {@code EGOV_WEB_URL}) points them
 * elsewhere.
 *
 * @param catalogue base URL of catalogue-service
 * @param dossier base URL of dossier-service
 * @param payment base URL of payment-service
 * @param notification base URL of notification-service
 * @param web base URL of the web front end (the portal's pages)
 */
@ConfigurationProperties("egov.gateway.services")
public record ServiceUrls(URI catalogue, URI dossier, URI payment, URI notification, URI web) {

    public ServiceUrls {
        catalogue = orDefault(catalogue, "http://localhost:8081", "catalogue");
        dossier = orDefault(dossier, "http://localhost:8082", "dossier");
        payment = orDefault(payment, "http://localhost:8083", "payment");
        notification = orDefault(notification, "http://localhost:8084", "notification");
        web = orDefault(web, "http://localhost:8085", "web");
    }

    private static URI orDefault(URI url, String fallback, String name) {
        URI value = url == null ? URI.create(fallback) : url;
        // Paths are forwarded unchanged, so a base URL with a path of its own would silently be ignored.
        if (!value.isAbsolute()
                || value.getPath() != null && !value.getPath().isEmpty() && !"/".equals(value.getPath())) {
            throw new IllegalArgumentException(
                    "egov.gateway.services." + name + " must be an absolute URL without a path: " + value);
        }
        return value;
    }
}
