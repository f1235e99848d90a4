package vn.egov.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A minimal OAuth 2 issuer for service integration tests: signs RS256 access tokens with the claims the identity
 * service issues ({@code roles}, {@code agency}, {@code name}), serves its JWKS over real HTTP at
 * {@code /oauth2/jwks}, and answers the client-credentials grant at {@code /oauth2/token} for clients whose secret is
 * {@code <client id>-secret} (the local-stack convention). Services validate these tokens exactly as they validate the
 * identity service's. The end-to-end test uses the real identity service instead.
 */
public final class TestIdentity {

    private static volatile TestIdentity shared;

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;

    private TestIdentity() {
        try {
            key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/oauth2/jwks", this::jwks);
        server.createContext("/oauth2/token", this::token);
        server.setExecutor(null);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    /**
     * Another issuer, with a key and an address of its own, for tests of a service configured against an external
     * provider: the shared issuer's tokens must then be refused, and this one's accepted.
     */
    public static TestIdentity independent() {
        return new TestIdentity();
    }

    /** The JVM's issuer, started on first use. */
    public static TestIdentity shared() {
        if (shared == null) {
            synchronized (TestIdentity.class) {
                if (shared == null) {
                    shared = new TestIdentity();
                }
            }
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    public String tokenUri() {
        return issuer + "/oauth2/token";
    }

    /** A citizen's token; {@code sub} is the user name. */
    public String citizen(String username) {
        return token(username, List.of("CITIZEN"), null);
    }

    /** An officer of {@code agencyCode}. */
    public String officer(String username, String agencyCode) {
        return token(username, List.of("OFFICER"), agencyCode);
    }

    public String admin(String username) {
        return token(username, List.of("ADMIN"), null);
    }

    /** A token as a service's client-credentials grant would get it. */
    public String service(String clientId) {
        return token(clientId, List.of("SERVICE"), null);
    }

    public String token(String subject, List<String> roles, String agency) {
        return sign(subject, roles, agency, Duration.ofMinutes(15));
    }

    /**
     * A token with exactly these claims besides {@code iss}, {@code sub}, {@code iat}, {@code exp} and {@code jti}: as
     * an external provider issues them, e.g. Keycloak's {@code realm_access: {roles: [...]}} instead of
     * {@code roles}.
     */
    public String tokenWithClaims(String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(now.minusSeconds(120)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        return signed(builder.build());
    }

    /** A token that expired a minute ago, for tests of rejection. */
    public String expired(String subject, List<String> roles) {
        return sign(subject, roles, null, Duration.ofMinutes(-1));
    }

    private String sign(String subject, List<String> roles, String agency, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(now.minusSeconds(120)))
                .expirationTime(Date.from(now.plus(validity)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .claim("preferred_username", subject)
                .claim("name", subject);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return signed(claims.build());
    }

    private String signed(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form =
                parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else if (clientId == null || !(clientId + "-secret").equals(secret)) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else {
            respond(
                    exchange,
                    200,
                    "{\"access_token\":\"" + service(clientId) + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            form.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
