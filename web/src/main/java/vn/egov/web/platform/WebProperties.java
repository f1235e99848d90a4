package vn.egov.web.platform;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform is ({@code egov.web}).
 *
 * @param gatewayUrl the gateway as this server reaches it; every call to the platform goes there
 * @param publicUrl the gateway as browsers reach it, which serves these pages at {@code /}
 * @param apiTimeout how long one call to the platform may take before the page says the service is unavailable
 */
@ConfigurationProperties("egov.web")
public record WebProperties(URI gatewayUrl, URI publicUrl, Duration apiTimeout) {

    public WebProperties {
        gatewayUrl = withoutTrailingSlash(gatewayUrl == null ? URI.create("http://localhost:8080") : gatewayUrl);
        publicUrl = withoutTrailingSlash(publicUrl == null ? URI.create("http://localhost:8080") : publicUrl);
        apiTimeout = apiTimeout == null ? Duration.ofSeconds(10) : apiTimeout;
    }

    /** The public address of a path of this site, e.g. {@code publicAddress("/callback")}. */
    public String publicAddress(String path) {
        return publicUrl + path;
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
