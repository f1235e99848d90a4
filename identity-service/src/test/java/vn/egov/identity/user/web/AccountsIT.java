package vn.egov.identity.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.embedded.oidc.OidcLogin;
import vn.egov.testsupport.TestInfrastructure;

/**
 * The administrators' account API and the sign-in rules over real HTTP, on a database of its own: an administrator
 * opens an officer account at a district agency, who then signs in through the form with that agency in the token;
 * roles change, accounts are disabled and enabled, failed sign-ins lock an account, and every change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsIT {

    private static final int PORT = freePort();
    private static final URI ISSUER = URI.create("http://localhost:" + PORT);
    private static final String DISTRICT = "000.00.41.H17";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OidcLogin identity = OidcLogin.forIssuer(ISSUER);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @DynamicPropertySource
    static void ownDatabaseAndIssuer(DynamicPropertyRegistry registry) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        registry.add("server.port", () -> PORT);
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("management.server.port", () -> 0);
        registry.add("egov.identity.issuer", ISSUER::toString);
        registry.add("egov.identity.key-store-dir", () -> Path.of("target", "accounts-it", "keys")
                .toString());
        registry.add("spring.datasource.url", () -> infrastructure.jdbcUrl("identity_accounts_it"));
        registry.add("spring.datasource.username", infrastructure::username);
        registry.add("spring.datasource.password", infrastructure::password);
        registry.add("egov.identity.passwords.memory-kib", () -> 1024);
        registry.add("egov.identity.passwords.iterations", () -> 1);
        registry.add("egov.identity.lockout.max-attempts", () -> 3);
        // Every test here signs in several times from 127.0.0.1; LoginLimitIT tests the per-address limit.
        registry.add("egov.identity.login-limit.attempts", () -> 1000);
    }

    @Nested
    class Creating {

        @Test
        void adminCreatesADistrictOfficerWhoSignsInWithThatAgency() throws Exception {
            String username = unique("can-bo");
            String correlationId = UUID.randomUUID().toString();

            HttpResponse<String> created =
                    send("POST", "/api/identity/accounts", admin(), officer(username, DISTRICT), correlationId);

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValue("/api/identity/accounts/" + username);
            JsonNode account = JSON.readTree(created.body());
            assertThat(account.get("username").asString()).isEqualTo(username);
            assertThat(account.get("agencyCode").asString()).isEqualTo(DISTRICT);
            assertThat(account.get("roles").get(0).asString()).isEqualTo("OFFICER");
            assertThat(account.get("enabled").asBoolean()).isTrue();
            assertThat(created.body()).doesNotContain("password", "argon2");

            var claims = SignedJWT.parse(identity.accessToken(username, "mat-khau-1"))
                    .getJWTClaimsSet();
            assertThat(claims.getSubject()).isEqualTo(username);
            assertThat(claims.getStringClaim("agency")).isEqualTo(DISTRICT);
            assertThat(claims.getStringListClaim("roles")).containsExactly("OFFICER");
            assertThat(claims.getStringClaim("name")).isEqualTo("Cán bộ Hải Châu");

            JsonNode audit = JSON.readTree(send("GET", "/api/identity/accounts/" + username + "/audit", admin())
                    .body());
            JsonNode createdEntry = audit.get("items").get(0);
            assertThat(createdEntry.get("action").asString()).isEqualTo("CREATED");
            assertThat(createdEntry.get("actor").asString()).isEqualTo("admin");
            assertThat(createdEntry.get("correlationId").asString()).isEqualTo(correlationId);
        }

        @Test
        void theSameRequestAgainAnswersTheSameAndAnotherIsAConflict() throws Exception {
            String username = unique("lap-lai");
            String body = officer(username, DISTRICT);

            HttpResponse<String> first = send("POST", "/api/identity/accounts", admin(), body);
            HttpResponse<String> again = send("POST", "/api/identity/accounts", admin(), body);
            HttpResponse<String> other =
                    send("POST", "/api/identity/accounts", admin(), officer(username.toUpperCase(), "000.01.41.H17"));

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(other.statusCode()).isEqualTo(409);
            assertThat(problemType(other)).isEqualTo("https://egov.vn/problems/account-exists");
        }

        @Test
        void anOfficerWithoutAnAgencyIsRefused() throws Exception {
            HttpResponse<String> response = send(
                    "POST",
                    "/api/identity/accounts",
                    admin(),
                    """
                    {"username":"%s","password":"mat-khau-1","name":"Không cơ quan","roles":["OFFICER"]}"""
                            .formatted(unique("khong")));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(problemType(response)).isEqualTo("https://egov.vn/problems/officer-without-agency");
        }

        @Test
        void invalidFieldsAreNamed() throws Exception {
            HttpResponse<String> response = send(
                    "POST",
                    "/api/identity/accounts",
                    admin(),
                    """
                    {"username":"x","password":"short","name":"","roles":[],"agencyCode":"H17"}""");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(problemType(response)).isEqualTo("https://egov.vn/problems/invalid-request");
            assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field"))
                    .contains("username", "password", "name", "roles", "agencyCode");
        }

        @Test
        void anUnknownRoleOrABrokenBodyIsABadRequest() throws Exception {
            HttpResponse<String> unknownRole = send(
                    "POST",
                    "/api/identity/accounts",
                    admin(),
                    """
                    {"username":"%s","password":"mat-khau-1","name":"A","roles":["SUPERUSER"]}"""
                            .formatted(unique("vai-tro")));
            HttpResponse<String> broken = send("POST", "/api/identity/accounts", admin(), "{\"username\":");

            assertThat(unknownRole.statusCode()).isEqualTo(400);
            assertThat(problemType(unknownRole)).isEqualTo("https://egov.vn/problems/invalid-request");
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(problemType(broken)).isEqualTo("https://egov.vn/problems/invalid-request");
        }

        @Test
        void onlyAdministratorsMayUseTheApi() throws Exception {
            HttpResponse<String> anonymous = send("GET", "/api/identity/accounts", null);
            HttpResponse<String> officer =
                    send("GET", "/api/identity/accounts", identity.accessToken("officer", "officer"));
            HttpResponse<String> service = send(
                    "GET",
                    "/api/identity/accounts",
                    identity.clientCredentialsToken("dossier-service", "dossier-service-secret"));

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(problemType(anonymous)).isEqualTo("https://egov.vn/problems/unauthorized");
            assertThat(officer.statusCode()).isEqualTo(403);
            assertThat(problemType(officer)).isEqualTo("https://egov.vn/problems/forbidden");
            assertThat(service.statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class Listing {

        @Test
        void listsTheOfficersOfOneAgencyInPagesOfTheSharedEnvelope() throws Exception {
            String agency = "000.00.42.H17";
            for (int i = 0; i < 3; i++) {
                assertThat(send("POST", "/api/identity/accounts", admin(), officer(unique("thanh-khe"), agency))
                                .statusCode())
                        .isEqualTo(201);
            }

            JsonNode first = JSON.readTree(
                    send("GET", "/api/identity/accounts?agency=" + agency + "&role=OFFICER&size=2", admin())
                            .body());
            JsonNode second = JSON.readTree(
                    send("GET", "/api/identity/accounts?agency=" + agency + "&role=OFFICER&size=2&page=1", admin())
                            .body());

            assertThat(first.get("items")).hasSize(2);
            assertThat(first.get("page").get("number").asInt()).isZero();
            assertThat(first.get("page").get("size").asInt()).isEqualTo(2);
            assertThat(first.get("page").get("totalItems").asLong()).isEqualTo(3);
            assertThat(first.get("page").get("totalPages").asLong()).isEqualTo(2);
            assertThat(first.get("page").get("hasNext").asBoolean()).isTrue();
            assertThat(second.get("items")).hasSize(1);
            assertThat(second.get("page").get("hasNext").asBoolean()).isFalse();
            assertThat(first.get("items").findValuesAsString("agencyCode")).containsOnly(agency);
        }

        @Test
        void anUnknownAccountIsNotFound() throws Exception {
            HttpResponse<String> response = send("GET", "/api/identity/accounts/khong-co-ai", admin());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(problemType(response)).isEqualTo("https://egov.vn/problems/account-not-found");
        }

        @Test
        void aWrongFilterIsABadRequest() throws Exception {
            assertThat(send("GET", "/api/identity/accounts?role=KING", admin()).statusCode())
                    .isEqualTo(400);
            assertThat(send("GET", "/api/identity/accounts?size=0", admin()).statusCode())
                    .isEqualTo(400);
        }
    }

    @Nested
    class Changing {

        @Test
        void newRolesReachTheNextTokenAndTheAuditTrail() throws Exception {
            String username = unique("vai-tro");
            send("POST", "/api/identity/accounts", admin(), officer(username, DISTRICT));

            HttpResponse<String> changed = send(
                    "PUT",
                    "/api/identity/accounts/" + username + "/roles",
                    admin(),
                    "{\"roles\":[\"OFFICER\",\"ADMIN\"]}");

            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(SignedJWT.parse(identity.accessToken(username, "mat-khau-1"))
                            .getJWTClaimsSet()
                            .getStringListClaim("roles"))
                    .containsExactlyInAnyOrder("OFFICER", "ADMIN");
            assertThat(actions(username)).startsWith("ROLES_CHANGED");
        }

        @Test
        void aDisabledAccountCannotSignInNorRedeemACodeItGotBefore() throws Exception {
            String username = unique("khoa");
            send("POST", "/api/identity/accounts", admin(), officer(username, DISTRICT));
            OidcLogin.AuthorizationCode code = identity.authorize(username, "mat-khau-1");

            HttpResponse<String> disabled = send("POST", "/api/identity/accounts/" + username + "/disable", admin());

            assertThat(disabled.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(disabled.body()).get("enabled").asBoolean())
                    .isFalse();
            assertThatThrownBy(() -> identity.accessToken(username, "mat-khau-1"))
                    .isInstanceOf(OidcLogin.Refused.class);
            assertThatThrownBy(() -> identity.exchange(code))
                    .isInstanceOfSatisfying(OidcLogin.Refused.class, refused -> assertThat(refused.body())
                            .contains("invalid_grant"));

            send("POST", "/api/identity/accounts/" + username + "/enable", admin());
            assertThat(identity.accessToken(username, "mat-khau-1")).isNotBlank();
            assertThat(actions(username)).contains("DISABLED", "ENABLED", "SIGN_IN_REFUSED", "TOKEN_REFUSED");
        }

        @Test
        void aDisabledOfficerLeavesTheServicesListOfOfficers() throws Exception {
            String username = unique("nghi-viec");
            String agency = "000.00.43.H17";
            send("POST", "/api/identity/accounts", admin(), officer(username, agency));
            String service = identity.clientCredentialsToken("notification-service", "notification-service-secret");

            String before =
                    send("GET", "/internal/officers?agency=" + agency, service).body();
            send("POST", "/api/identity/accounts/" + username + "/disable", admin());
            String after =
                    send("GET", "/internal/officers?agency=" + agency, service).body();

            assertThat(before).contains(username);
            assertThat(after).doesNotContain(username);
        }
    }

    @Nested
    class LockOut {

        @Test
        void repeatedWrongPasswordsLockTheAccountWithTheSameMessageAsAnUnknownName() throws Exception {
            String username = unique("doan-mo");
            send("POST", "/api/identity/accounts", admin(), officer(username, DISTRICT));

            String wrong = signInPage(username, "sai-mat-khau");
            signInPage(username, "sai-mat-khau");
            signInPage(username, "sai-mat-khau");
            String locked = signInPage(username, "mat-khau-1");
            String unknown = signInPage(unique("khong-ton-tai"), "mat-khau-1");

            assertThat(wrong).contains("Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang bị tạm khóa");
            assertThat(locked).isEqualTo(wrong);
            assertThat(unknown).isEqualTo(wrong);
            assertThatThrownBy(() -> identity.accessToken(username, "mat-khau-1"))
                    .isInstanceOf(OidcLogin.Refused.class);
            JsonNode account = JSON.readTree(
                    send("GET", "/api/identity/accounts/" + username, admin()).body());
            assertThat(account.get("locked").asBoolean()).isTrue();
            assertThat(actions(username)).contains("SIGN_IN_FAILED", "LOCKED_OUT", "SIGN_IN_REFUSED");
        }

        @Test
        void aSuccessfulSignInStartsTheCountAgain() throws Exception {
            String username = unique("quen");
            send("POST", "/api/identity/accounts", admin(), officer(username, DISTRICT));

            signInPage(username, "sai-mat-khau");
            signInPage(username, "sai-mat-khau");
            identity.accessToken(username, "mat-khau-1");
            signInPage(username, "sai-mat-khau");
            signInPage(username, "sai-mat-khau");

            assertThat(identity.accessToken(username, "mat-khau-1")).isNotBlank();
        }
    }

    /** Posts the sign-in form as a browser does and returns the error shown on the page it lands on. */
    private String signInPage(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String page = browser.send(
                        HttpRequest.newBuilder(ISSUER.resolve("/login")).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> after = browser.send(
                HttpRequest.newBuilder(ISSUER.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.uri().getQuery()).isEqualTo("error");
        Matcher alert =
                Pattern.compile("<div class=\"alert error\"[^>]*>([^<]+)</div>").matcher(after.body());
        assertThat(alert.find()).as(after.body()).isTrue();
        return alert.group(1);
    }

    private String actions(String username) throws Exception {
        JsonNode audit = JSON.readTree(send("GET", "/api/identity/accounts/" + username + "/audit", admin())
                .body());
        return String.join(",", audit.get("items").findValuesAsString("action"));
    }

    private String admin() {
        return identity.accessToken("admin", "admin");
    }

    private static String officer(String username, String agency) {
        return """
                {"username":"%s","password":"mat-khau-1","name":"Cán bộ Hải Châu","roles":["OFFICER"],\
                "agencyCode":"%s","email":"%s@egov.danang.gov.vn"}"""
                .formatted(username, agency, username.toLowerCase());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> send(String method, String path, String bearer)
            throws IOException, InterruptedException {
        return send(method, path, bearer, null, null);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String json)
            throws IOException, InterruptedException {
        return send(method, path, bearer, json, null);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String json, String correlationId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(ISSUER.resolve(path))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String problemType(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("type").asString();
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
