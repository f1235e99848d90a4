package vn.egov.sandbox.zalo;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zalo Official Account the simulated ZNS API serves.
 *
 * @param accessToken the OA access token the API accepts in the {@code access_token} header
 * @param dailyQuota the daily quota reported back (not enforced)
 * @param templates the approved templates by id: text with {@code <param>} placeholders (defaults in
 *     {@code application.yml})
 */
@ConfigurationProperties("sandbox.zns")
public record ZnsProperties(
        @DefaultValue("sandbox-zns-token") String accessToken,
        @DefaultValue("500") int dailyQuota,
        Map<String, String> templates) {

    public ZnsProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }
}
