package vn.egov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.embedded.oidc.OidcLogin;
import vn.egov.testsupport.TestInfrastructure;

/**
 * The identity service on a real port, driven over HTTP as the front end and the services drive it: sign-in through
 * the form with PKCE, client credentials, and token checks against the published JWKS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityServiceIT {

    // The issuer must name the port before the server starts, so the test picks a free one instead of port 0.
    private static final int PORT = freePort();
    private static final URI ISSUER = URI.create("http://localhost:" + PORT);
    private static final Path KEY_STORE_DIR = Path.of("target", "identity-it", "keys");
    private static final URI REDIRECT_URI = URI.create("http://localhost:8080/callback");

    private final OidcLogin identity = OidcLogin.forIssuer(ISSUER);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalManagementPort
    private int managementPort;

    @LocalServerPort
    private int localPort;

    @DynamicPropertySource
    static void issuerOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("management.server.port", () -> 0);
        registry.add("egov.identity.issuer", ISSUER::toString);
        registry.add("egov.identity.key-store-dir", KEY_STORE_DIR::toString);
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        registry.add("spring.datasource.url", () -> infrastructure.jdbcUrl("identity"));
        registry.add("spring.datasource.username", infrastructure::username);
        registry.add("spring.datasource.password", infrastructure::password);
        // The tests sign in many times: a cheaper Argon2 than production's.
        registry.add("egov.identity.passwords.memory-kib", () -> 1024);
        registry.add("egov.identity.passwords.iterations", () -> 1);
    }

    @Nested
    class People {

        @Test
        void citizenTokenCarriesTheCitizenRoleNameAndIssuer() throws Exception {
            JWTClaimsSet claims = verified(identity.accessToken("citizen", "citizen"));

            assertThat(localPort).isEqualTo(PORT);
            assertThat(claims.getIssuer()).isEqualTo(ISSUER.toString());
            assertThat(claims.getSubject()).isEqualTo("citizen");
            assertThat(claims.getStringListClaim("roles")).containsExactly("CITIZEN");
            assertThat(claims.getStringClaim("name")).isEqualTo("Nguyễn Văn An");
            assertThat(claims.getStringClaim("preferred_username")).isEqualTo("citizen");
            assertThat(claims.getStringClaim("phone_number")).isEqualTo("0905123456");
            assertThat(claims.getClaim("agency")).isNull();
            assertThat(claims.getAudience()).containsExactly("egov-web");
        }

        @Test
        void accessTokensExpireAfterFifteenMinutes() throws Exception {
            JWTClaimsSet claims = verified(identity.accessToken("citizen", "citizen"));

            Instant issuedAt = claims.getIssueTime().toInstant();
            Instant expiresAt = claims.getExpirationTime().toInstant();
            assertThat(Duration.between(issuedAt, expiresAt)).isEqualTo(Duration.ofMinutes(15));
            assertThat(expiresAt).isAfter(Instant.now());
        }

        @Test
        void officerTokenCarriesTheAgencyOfTheOfficer() throws Exception {
            JWTClaimsSet claims = verified(identity.accessToken("officer", "officer"));

            assertThat(claims.getSubject()).isEqualTo("officer");
            assertThat(claims.getStringListClaim("roles")).containsExactly("OFFICER");
            assertThat(claims.getStringClaim("agency")).isEqualTo("000.00.15.H17");
            assertThat(claims.getStringClaim("name")).isEqualTo("Trần Thị Bình");
        }

        @Test
        void demoOfficersOfADistrictAndACommuneCarryTheirAgencyAndASecondCitizenSignsIn() throws Exception {
            JWTClaimsSet district = verified(identity.accessToken("officer-haichau", "officer-haichau"));
            JWTClaimsSet commune = verified(identity.accessToken("officer-thachthang", "officer-thachthang"));
            JWTClaimsSet citizen2 = verified(identity.accessToken("citizen2", "citizen2"));

            assertThat(district.getStringClaim("agency")).isEqualTo("000.00.41.H17");
            assertThat(commune.getStringClaim("agency")).isEqualTo("000.01.41.H17");
            assertThat(citizen2.getStringListClaim("roles")).containsExactly("CITIZEN");
            assertThat(citizen2.getClaim("agency")).isNull();
        }

        @Test
        void userNamesAreCaseInsensitive() throws Exception {
            JWTClaimsSet claims = verified(identity.accessToken("Officer", "officer"));

            assertThat(claims.getSubject()).isEqualTo("officer");
            assertThat(claims.getStringClaim("agency")).isEqualTo("000.00.15.H17");
        }

        @Test
        void adminTokenCarriesTheAdminRole() throws Exception {
            JWTClaimsSet claims = verified(identity.accessToken("admin", "admin"));

            assertThat(claims.getStringListClaim("roles")).containsExactly("ADMIN");
            assertThat(claims.getStringClaim("name")).isEqualTo("Lê Văn Cường");
        }

        @Test
        void userInfoShowsTheProfileOfTheSignedInCitizen() throws Exception {
            String token = identity.accessToken("citizen", "citizen");

            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(ISSUER.resolve("/userinfo"))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            Map<String, Object> userInfo = JSONObjectUtils.parse(response.body());
            assertThat(userInfo)
                    .containsEntry("sub", "citizen")
                    .containsEntry("name", "Nguyễn Văn An")
                    .containsEntry("preferred_username", "citizen");
        }

        @Test
        void wrongPasswordGetsNoToken() {
            assertThatThrownBy(() -> identity.accessToken("citizen", "not-the-password"))
                    .isInstanceOfSatisfying(OidcLogin.Refused.class, refused -> assertThat(refused.status())
                            .isEqualTo(401));
        }

        @Test
        void signInWithoutTheCsrfTokenIsForbidden() throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(ISSUER.resolve("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=citizen&password=citizen"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(403);
        }

        @Test
        void signInPageOffersTheFormInVietnameseWithItsCsrfToken() throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(ISSUER.resolve("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("Đăng nhập")
                    .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">");
        }
    }

    @Nested
    class Pkce {

        @Test
        void authorizationRequestWithoutCodeChallengeIsRefused() throws Exception {
            URI authorize = URI.create(ISSUER + "/oauth2/authorize?response_type=code&client_id=egov-web"
                    + "&scope=openid&state=s1&redirect_uri=" + encode(REDIRECT_URI.toString()));

            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(authorize)
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                    .startsWith(REDIRECT_URI.toString())
                    .contains("error=invalid_request")
                    .doesNotContain("code="));
        }

        @Test
        void codeWithoutItsVerifierGetsNoToken() throws Exception {
            OidcLogin.AuthorizationCode code = identity.authorize("citizen", "citizen");

            HttpResponse<String> response = token("grant_type=authorization_code&client_id=egov-web&code="
                    + encode(code.code()) + "&redirect_uri=" + encode(REDIRECT_URI.toString()));

            // A public client proves itself only with the verifier: without it, the request is not authenticated.
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).doesNotContain("access_token");
        }

        @Test
        void codeWithAnotherVerifierGetsNoToken() {
            OidcLogin.AuthorizationCode code = identity.authorize("citizen", "citizen");
            OidcLogin.AuthorizationCode forged =
                    new OidcLogin.AuthorizationCode(code.code(), "a".repeat(43), code.redirectUri());

            assertThatThrownBy(() -> identity.exchange(forged))
                    .isInstanceOfSatisfying(OidcLogin.Refused.class, refused -> {
                        assertThat(refused.status()).isEqualTo(400);
                        assertThat(refused.body()).contains("invalid_grant");
                    });
        }
    }

    @Nested
    class Services {

        @Test
        void serviceTokenCarriesTheServiceRoleAndTheClientAsSubject() throws Exception {
            JWTClaimsSet claims =
                    verified(identity.clientCredentialsToken("dossier-service", "dossier-service-secret"));

            assertThat(claims.getIssuer()).isEqualTo(ISSUER.toString());
            assertThat(claims.getSubject()).isEqualTo("dossier-service");
            assertThat(claims.getStringListClaim("roles")).containsExactly("SERVICE");
            assertThat(claims.getClaim("agency")).isNull();
            assertThat(Duration.between(
                            claims.getIssueTime().toInstant(),
                            claims.getExpirationTime().toInstant()))
                    .isEqualTo(Duration.ofMinutes(15));
        }

        @Test
        void serviceMayAuthenticateWithTheSecretInTheForm() throws Exception {
            HttpResponse<String> response = token(
                    "grant_type=client_credentials&client_id=payment-service&client_secret=payment-service-secret");

            assertThat(response.statusCode()).isEqualTo(200);
            String token = (String) JSONObjectUtils.parse(response.body()).get("access_token");
            JWTClaimsSet claims = verified(token);
            assertThat(claims.getSubject()).isEqualTo("payment-service");
            assertThat(claims.getStringListClaim("roles")).containsExactly("SERVICE");
        }

        @Test
        void everyPlatformServiceIsRegistered() {
            for (String service :
                    new String[] {"dossier-service", "payment-service", "notification-service", "catalogue-service"}) {
                assertThat(identity.clientCredentialsToken(service, service + "-secret"))
                        .as(service)
                        .isNotBlank();
            }
        }

        @Test
        void wrongClientSecretIsUnauthorized() throws Exception {
            String basic =
                    Base64.getEncoder().encodeToString("dossier-service:wrong-secret".getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(ISSUER.resolve("/oauth2/token"))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("invalid_client").doesNotContain("access_token");
        }
    }

    @Nested
    class InternalOfficers {

        @Test
        void serviceListsTheOfficersOfAnAgencyWithTheirEmail() throws Exception {
            String token = identity.clientCredentialsToken("notification-service", "notification-service-secret");

            HttpResponse<String> response = get("/internal/officers?agency=000.00.15.H17", token);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .isEqualTo("{\"items\":[{\"username\":\"officer\",\"name\":\"Trần Thị Bình\","
                            + "\"email\":\"officer@egov.danang.gov.vn\",\"agencyCode\":\"000.00.15.H17\"}]}");
        }

        @Test
        void everyOfficerIsListedWithoutAnAgencyAndNoneForAnotherAgency() throws Exception {
            String token = identity.clientCredentialsToken("notification-service", "notification-service-secret");

            HttpResponse<String> all = get("/internal/officers", token);
            HttpResponse<String> other = get("/internal/officers?agency=000.00.01.H17", token);

            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(all.body()).contains("\"username\":\"officer\"").doesNotContain("citizen", "admin");
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo("{\"items\":[]}");
        }

        @Test
        void peopleAndAnonymousCallersCannotListOfficers() throws Exception {
            HttpResponse<String> anonymous = get("/internal/officers");
            HttpResponse<String> officer = get("/internal/officers", identity.accessToken("officer", "officer"));
            HttpResponse<String> forged = get("/internal/officers", "not-a-token");

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(officer.statusCode()).isEqualTo(403);
            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(anonymous.body() + officer.body() + forged.body()).doesNotContain("@");
        }
    }

    @Nested
    class Discovery {

        @Test
        void discoveryDocumentNamesTheIssuerAndItsJwks() throws Exception {
            HttpResponse<String> response = get("/.well-known/openid-configuration");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSONObjectUtils.parse(response.body()))
                    .containsEntry("issuer", ISSUER.toString())
                    .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
                    .containsEntry("token_endpoint", ISSUER + "/oauth2/token");
        }

        @Test
        void jwksPublishesThePersistedKeyWithoutItsPrivatePart() throws Exception {
            JWKSet published = JWKSet.parse(get("/oauth2/jwks").body());
            RSAKey stored = RSAKey.parse(Files.readString(KEY_STORE_DIR.resolve("signing-key.jwk.json")));

            assertThat(published.getKeys()).hasSize(1);
            RSAKey key = (RSAKey) published.getKeys().get(0);
            assertThat(key.getKeyID()).isEqualTo(stored.getKeyID());
            assertThat(key.toRSAPublicKey()).isEqualTo(stored.toRSAPublicKey());
            assertThat(key.isPrivate()).isFalse();
        }

        @Test
        void healthAndReadinessAnswerWithoutAToken() throws Exception {
            URI management = URI.create("http://127.0.0.1:" + managementPort);
            HttpResponse<String> health = get(management.resolve("/actuator/health"));
            HttpResponse<String> readiness = get(management.resolve("/actuator/health/readiness"));

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(get("/actuator/health").statusCode()).isNotEqualTo(200);
        }
    }

    private JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWKSet jwks = JWKSet.parse(get("/oauth2/jwks").body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the token's signing key in the JWKS").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        return jwt.getJWTClaimsSet();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(ISSUER.resolve(path));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(ISSUER.resolve(path))
                        .header("Authorization", "Bearer " + bearer)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> token(String form) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(ISSUER.resolve("/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
