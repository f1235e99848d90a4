package vn.egov.notification.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public service portal the messages send applicants to (to follow, supplement or pay for a dossier online).
 *
 * @param url the portal's address as applicants type it; the local stack's gateway by default
 */
@ConfigurationProperties("egov.notification.portal")
public record PortalProperties(@DefaultValue("http://localhost:8080") String url) {

    public PortalProperties {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("egov.notification.portal.url is required");
        }
        url = url.strip();
    }
}
