package vn.egov.gateway.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.egov.webcore.PlatformClaimMapping;

/**
 * The identity provider whose tokens the gateway accepts; the same {@code egov.identity.*} keys the services use.
 *
 * @param issuerUri the {@code iss} every token must carry ({@code EGOV_IDENTITY_ISSUER_URI})
 * @param jwkSetUri where the signing keys are published ({@code EGOV_IDENTITY_JWK_SET_URI}), by default
 *     {@code <issuer>/oauth2/jwks}
 * @param claims where an external provider puts the platform's roles and agency; the built-in provider's by default
 */
@ConfigurationProperties("egov.identity")
public record IdentityProperties(URI issuerUri, URI jwkSetUri, Claims claims) {

    public static final URI DEFAULT_ISSUER = URI.create("http://localhost:9000");

    public IdentityProperties {
        issuerUri = issuerUri == null ? DEFAULT_ISSUER : issuerUri;
        jwkSetUri = jwkSetUri == null ? URI.create(issuerUri + "/oauth2/jwks") : jwkSetUri;
        claims = claims == null ? new Claims(null, null, null) : claims;
    }

    /**
     * The claim paths of {@code egov.identity.claims.*}, read as {@link PlatformClaimMapping} says.
     *
     * @param roles where the roles are, e.g. {@code realm_access.roles} for Keycloak; {@code roles} by default
     * @param agency where an officer's agency code is; {@code agency} by default
     * @param defaultRoles the roles of a token without any, e.g. {@code CITIZEN} for VNeID; none by default
     */
    public record Claims(String roles, String agency, List<String> defaultRoles) {

        public PlatformClaimMapping mapping() {
            return PlatformClaimMapping.of(roles, agency, defaultRoles);
        }
    }
}
