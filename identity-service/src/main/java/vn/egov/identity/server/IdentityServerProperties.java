package vn.egov.identity.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the authorization server as a whole.
 *
 * @param issuer the issuer identifier put in every token's {@code iss} and in the discovery document; services
 *     validate tokens against it, so it must be the URL they reach this service at
 * @param keyStoreDir the folder holding the RSA signing key; a key is generated there on first start
 * @param accessTokenTtl how long access tokens stay valid
 * @param corsAllowedOrigins browser origins allowed to call the token, JWKS and user-info endpoints directly
 */
@ConfigurationProperties("egov.identity")
public record IdentityServerProperties(
        URI issuer, Path keyStoreDir, Duration accessTokenTtl, List<String> corsAllowedOrigins) {

    public static final URI DEFAULT_ISSUER = URI.create("http://localhost:9000");
    public static final Path DEFAULT_KEY_STORE_DIR = Path.of("data", "identity");
    public static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

    public IdentityServerProperties {
        issuer = issuer == null ? DEFAULT_ISSUER : issuer;
        keyStoreDir = keyStoreDir == null ? DEFAULT_KEY_STORE_DIR : keyStoreDir;
        accessTokenTtl = accessTokenTtl == null ? DEFAULT_ACCESS_TOKEN_TTL : accessTokenTtl;
        corsAllowedOrigins = corsAllowedOrigins == null
                ? List.of("http://localhost:8080")
                : corsAllowedOrigins.stream().filter(o -> !o.isBlank()).toList();
        if (!issuer.isAbsolute() || issuer.getPath() != null && issuer.getPath().endsWith("/")) {
            // Tokens carry the issuer verbatim and resource servers compare it as a string.
            throw new IllegalArgumentException(
                    "egov.identity.issuer must be an absolute URL without a trailing slash: " + issuer);
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("egov.identity.access-token-ttl must be positive: " + accessTokenTtl);
        }
    }
}
