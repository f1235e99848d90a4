package vn.egov.web.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity provider ({@code egov.identity}) and this site's client there.
 *
 * @param issuerUri the issuer as browsers reach it: the sign-in and sign-out pages, and the ID tokens' {@code iss}
 * @param tokenUri where this server redeems an authorization code
 * @param jwkSetUri where this server fetches the keys that sign ID tokens
 * @param clientId the public client registered for the front ends ({@code egov-web})
 */
@ConfigurationProperties("egov.identity")
public record IdentityProperties(URI issuerUri, URI tokenUri, URI jwkSetUri, String clientId) {

    public IdentityProperties {
        issuerUri = issuerUri == null ? URI.create("http://localhost:9000") : issuerUri;
        String issuer = withoutTrailingSlash(issuerUri.toString());
        tokenUri = tokenUri == null ? URI.create(issuer + "/oauth2/token") : tokenUri;
        jwkSetUri = jwkSetUri == null ? URI.create(issuer + "/oauth2/jwks") : jwkSetUri;
        clientId = clientId == null || clientId.isBlank() ? "egov-web" : clientId;
    }

    /** The issuer without a trailing slash, for building its endpoints' addresses. */
    public String issuer() {
        return withoutTrailingSlash(issuerUri.toString());
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
