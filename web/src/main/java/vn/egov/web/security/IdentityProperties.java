package vn.egov.web.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.egov.webcore.PlatformClaimMapping;

/**
 * The identity provider ({@code egov.identity}) and this site's client there. The endpoints default to the built-in
 * provider's paths under the issuer; an external provider (Keycloak: {@code <realm>/protocol/openid-connect/auth},
 * {@code /token}, {@code /certs}, {@code /logout}) names its own.
 *
 * @param issuerUri the issuer as browsers reach it: the sign-in and sign-out pages, and the ID tokens' {@code iss}
 * @param authorizationUri where browsers are sent to sign in
 * @param tokenUri where this server redeems an authorization code
 * @param jwkSetUri where this server fetches the keys that sign ID tokens
 * @param endSessionUri where browsers are sent to sign out (OIDC RP-initiated logout)
 * @param clientId the public client registered for the front ends ({@code egov-web})
 * @param claims where the provider puts the platform's roles and agency in the ID token; the built-in provider's by
 *     default
 */
@ConfigurationProperties("egov.identity")
public record IdentityProperties(
        URI issuerUri,
        URI authorizationUri,
        URI tokenUri,
        URI jwkSetUri,
        URI endSessionUri,
        String clientId,
        Claims claims) {

    public IdentityProperties {
        issuerUri = issuerUri == null ? URI.create("http://localhost:9000") : issuerUri;
        String issuer = withoutTrailingSlash(issuerUri.toString());
        authorizationUri = authorizationUri == null ? URI.create(issuer + "/oauth2/authorize") : authorizationUri;
        tokenUri = tokenUri == null ? URI.create(issuer + "/oauth2/token") : tokenUri;
        jwkSetUri = jwkSetUri == null ? URI.create(issuer + "/oauth2/jwks") : jwkSetUri;
        endSessionUri = endSessionUri == null ? URI.create(issuer + "/connect/logout") : endSessionUri;
        clientId = clientId == null || clientId.isBlank() ? "egov-web" : clientId;
        claims = claims == null ? new Claims(null, null, null) : claims;
    }

    /** The issuer without a trailing slash, for building its endpoints' addresses. */
    public String issuer() {
        return withoutTrailingSlash(issuerUri.toString());
    }

    /**
     * The claim paths of {@code egov.identity.claims.*}, the same keys as the services'.
     *
     * @param roles where the roles are, e.g. {@code realm_access.roles}; {@code roles} by default
     * @param agency where an officer's agency code is; {@code agency} by default
     * @param defaultRoles the roles of a person whose token has none, e.g. {@code CITIZEN} for VNeID
     */
    public record Claims(String roles, String agency, List<String> defaultRoles) {

        public PlatformClaimMapping mapping() {
            return PlatformClaimMapping.of(roles, agency, defaultRoles);
        }
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
