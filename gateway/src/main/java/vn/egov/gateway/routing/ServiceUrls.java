package vn.egov.gateway.routing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service's instances answer. Defaults are the local stack's ports; the environment ({@code
 * EGOV_CATALOGUE_URL}, {@code EGOV_DOSSIER_URL}, {@code EGOV_PAYMENT_URL}, {@code EGOV_NOTIFICATION_URL}, {@code
 * EGOV_WEB_URL}) points them elsewhere, one URL or several separated by commas (one per instance; the gateway
 * balances across them, see {@link InstanceBalancing}).
 *
 * @param catalogue base URLs of catalogue-service
 * @param dossier base URLs of dossier-service
 * @param payment base URLs of payment-service
 * @param notification base URLs of notification-service
 * @param web base URLs of the web front end (the portal's pages)
 */
@ConfigurationProperties("egov.gateway.services")
public record ServiceUrls(
        List<URI> catalogue, List<URI> dossier, List<URI> payment, List<URI> notification, List<URI> web) {

    /** The load-balancer names of the services, as the routes use them ({@code lb://dossier-service}). */
    public static final String CATALOGUE = "catalogue-service";

    public static final String DOSSIER = "dossier-service";
    public static final String PAYMENT = "payment-service";
    public static final String NOTIFICATION = "notification-service";
    public static final String WEB = "web";

    public ServiceUrls {
        catalogue = orDefault(catalogue, "http://localhost:8081", "catalogue");
        dossier = orDefault(dossier, "http://localhost:8082", "dossier");
        payment = orDefault(payment, "http://localhost:8083", "payment");
        notification = orDefault(notification, "http://localhost:8084", "notification");
        web = orDefault(web, "http://localhost:8085", "web");
    }

    /** Every service's instances by load-balancer name. */
    public Map<String, List<URI>> byService() {
        Map<String, List<URI>> services = new LinkedHashMap<>();
        services.put(CATALOGUE, catalogue);
        services.put(DOSSIER, dossier);
        services.put(PAYMENT, payment);
        services.put(NOTIFICATION, notification);
        services.put(WEB, web);
        return services;
    }

    /** The instances of the service the routes call {@code lb://<service>}. */
    public List<URI> instancesOf(String service) {
        List<URI> instances = byService().get(service);
        if (instances == null) {
            throw new IllegalArgumentException("no such service: " + service);
        }
        return instances;
    }

    /** The address a route gives to reach any healthy instance of {@code service}. */
    public static URI balanced(String service) {
        return URI.create("lb://" + service);
    }

    private static List<URI> orDefault(List<URI> urls, String fallback, String name) {
        List<URI> values = urls == null || urls.isEmpty() ? List.of(URI.create(fallback)) : List.copyOf(urls);
        for (URI value : values) {
            // Paths are forwarded unchanged, so a base URL with a path of its own would silently be ignored.
            if (!value.isAbsolute()
                    || value.getHost() == null
                    || value.getPath() != null && !value.getPath().isEmpty() && !"/".equals(value.getPath())) {
                throw new IllegalArgumentException(
                        "egov.gateway.services." + name + " must be absolute URLs without a path: " + value);
            }
        }
        return values;
    }
}
