package vn.egov.identity.loginlimit.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.testsupport.TestInfrastructure;

/**
 * The provider on a real port and its own database, with a limit of 3 sign-in attempts per address: posts the form
 * as a browser does, straight from 127.0.0.1 or through 127.0.0.1 as a trusted proxy naming another address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginLimitIT {

    private static final int PORT = freePort();
    private static final URI ISSUER = URI.create("http://localhost:" + PORT);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String TOO_MANY = "Có quá nhiều lần đăng nhập từ địa chỉ mạng này";

    @DynamicPropertySource
    static void ownDatabaseAndASmallLimit(DynamicPropertyRegistry registry) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        registry.add("server.port", () -> PORT);
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("management.server.port", () -> 0);
        registry.add("egov.identity.issuer", ISSUER::toString);
        registry.add("egov.identity.key-store-dir", () -> Path.of("target", "login-limit-it", "keys")
                .toString());
        registry.add("spring.datasource.url", () -> infrastructure.jdbcUrl("identity_login_limit_it"));
        registry.add("spring.datasource.username", infrastructure::username);
        registry.add("spring.datasource.password", infrastructure::password);
        registry.add("egov.identity.passwords.memory-kib", () -> 1024);
        registry.add("egov.identity.passwords.iterations", () -> 1);
        registry.add("egov.identity.login-limit.attempts", () -> 3);
        // The test's own address plays the load balancer, so X-Forwarded-For names other clients.
        registry.add("egov.identity.login-limit.trusted-proxies", () -> "127.0.0.1");
        // One attempt more reaching the password check would lock the account, and the last sign-in would fail.
        registry.add("egov.identity.lockout.max-attempts", () -> 4);
    }

    @Test
    void refusesTheFourthAttemptFromAnAddressEvenWithTheRightPasswordButNotAnotherAddress() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            HttpResponse<String> refusedByPassword =
                    new Browser(null).signIn("citizen", "sai-mat-khau", BROWSER_ACCEPT);
            assertThat(refusedByPassword.statusCode()).isEqualTo(302);
            assertThat(refusedByPassword.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        HttpResponse<String> wrongPassword = new Browser(null).signIn("citizen", "sai-mat-khau", BROWSER_ACCEPT);
        HttpResponse<String> rightPassword = new Browser(null).signIn("citizen", "citizen", BROWSER_ACCEPT);

        for (HttpResponse<String> limited : List.of(wrongPassword, rightPassword)) {
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(
                            limited.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 600L);
            assertThat(limited.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(limited.body())
                    .contains(TOO_MANY, "Vui lòng thử lại sau", "name=\"_csrf\"", "<form method=\"post\"")
                    .doesNotContain("Sai tên đăng nhập");
            assertThat(limited.headers().firstValue("Set-Cookie")).isEmpty();
        }

        Browser elsewhere = new Browser("203.0.113.7");
        HttpResponse<String> signedIn = elsewhere.signIn("citizen", "citizen", BROWSER_ACCEPT);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void answersProblemJsonToAClientThatIsNotABrowser() throws Exception {
        Browser script = new Browser("198.51.100.20");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(script.signIn("officer", "doan-mat-khau-" + attempt, "application/json")
                            .statusCode())
                    .isEqualTo(302);
        }

        HttpResponse<String> limited = script.signIn("officer", "doan-mat-khau-4", "application/json");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(limited.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://egov.vn/problems/rate-limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
    }

    @Test
    void believesForwardedForOnlyFromTheRightOfTheTrustedProxy() throws Exception {
        // The client wrote 192.0.2.99 itself, then the trusted proxy appended the address it saw.
        Browser spoofing = new Browser("192.0.2.99, 198.51.100.30");
        for (int attempt = 1; attempt <= 3; attempt++) {
            spoofing.signIn("officer-haichau", "sai-mat-khau", BROWSER_ACCEPT);
        }

        Browser changingTheForgedPart = new Browser("192.0.2.100, 198.51.100.30");

        assertThat(changingTheForgedPart
                        .signIn("officer-haichau", "officer-haichau", BROWSER_ACCEPT)
                        .statusCode())
                .isEqualTo(429);
    }

    /** A browser with its own session, behind the trusted proxy when {@code forwardedFor} is given. */
    private static final class Browser {

        private final String forwardedFor;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Browser(String forwardedFor) {
            this.forwardedFor = forwardedFor;
        }

        HttpResponse<String> signIn(String username, String password, String accept) throws Exception {
            String page = client.send(request().GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).as(page).isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                    + encode(csrf.group(1));
            return client.send(
                    request()
                            .header("Accept", accept)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request() {
            HttpRequest.Builder request = HttpRequest.newBuilder(ISSUER.resolve("/login"));
            return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
        }
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
