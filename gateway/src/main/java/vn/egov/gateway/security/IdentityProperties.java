package vn.egov.gateway.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity provider whose tokens the gateway accepts; the same {@code egov.identity.*} keys the services use.
 *
 * @param issuerUri the {@code iss} every token must carry ({@code EGOV_IDENTITY_ISSUER_URI})
 * @param jwkSetUri where the signing keys are published ({@code EGOV_IDENTITY_JWK_SET_URI}), by default
 *     {@code <issuer>/oauth2/jwks}
 */
@ConfigurationProperties("egov.identity")
public record IdentityProperties(URI issuerUri, URI jwkSetUri) {

    public static final URI DEFAULT_ISSUER = URI.create("http://localhost:9000");

    public IdentityProperties {
        issuerUri = issuerUri == null ? DEFAULT_ISSUER : issuerUri;
        jwkSetUri = jwkSetUri == null ? URI.create(issuerUri + "/oauth2/jwks") : jwkSetUri;
    }
}
