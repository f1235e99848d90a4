package vn.egov.notification.zalo;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zalo Official Account's ZNS access. Defaults point at the partner sandbox of the local stack.
 *
 * @param url base URL of the API ({@code https://business.openapi.zalo.me} in production)
 * @param accessToken the OA access token
 * @param templates ZNS template id per notification ({@code dossier-submitted: egov-dossier-received}); a
 *     notification without a template is not sent on Zalo
 * @param timeout longest wait for one request
 */
@ConfigurationProperties("egov.notification.zalo")
public record ZaloProperties(
        @DefaultValue("http://localhost:8090") String url,
        @DefaultValue("sandbox-zns-token") String accessToken,
        Map<String, String> templates,
        @DefaultValue("5s") Duration timeout) {

    public ZaloProperties {
        templates = templates == null || templates.isEmpty()
                ? Map.of(
                        "dossier-submitted", "egov-dossier-received",
                        "dossier-accepted", "egov-dossier-accepted",
                        "dossier-not-accepted", "egov-dossier-not-accepted",
                        "dossier-supplement-requested", "egov-supplement-requested",
                        "dossier-payment-requested", "egov-payment-requested",
                        "dossier-processed", "egov-result-ready",
                        "dossier-stopped", "egov-dossier-stopped",
                        "dossier-apology-issued", "egov-dossier-apology",
                        "payment-received", "egov-payment-received",
                        "payment-refunded", "egov-payment-refunded")
                : Map.copyOf(templates);
    }

    /** The ZNS template of a notification, if one is registered. */
    public Optional<String> templateFor(String notification) {
        return Optional.ofNullable(templates.get(notification)).filter(id -> !id.isBlank());
    }
}
