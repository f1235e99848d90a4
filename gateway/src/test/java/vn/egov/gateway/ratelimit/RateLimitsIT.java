package vn.egov.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.gateway.GatewayApplication;
import vn.egov.testsupport.TestIdentity;
import vn.egov.testsupport.TestInfrastructure;

/**
 * Two gateway instances on one PostgreSQL database (the real one of test-support) in front of one stub service: the
 * limits are one limit for both. Each test calls from an address of its own, which the gateways believe because the
 * test client (127.0.0.1) is configured as a trusted proxy, as the load balancer and the portal are in production.
 */
class RateLimitsIT {

    private static final int LOOKUPS = 5;
    private static final int USER_CALLS = 3;
    private static final TestIdentity IDENTITY = TestIdentity.shared();
    private static final EchoService SERVICE = new EchoService();
    private static final List<ConfigurableApplicationContext> GATEWAYS = new ArrayList<>();
    private static URI first;
    private static URI second;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();
    /** A client address of this test's own (198.18.0.0/15 is kept for such tests), so tests never share a bucket. */
    private final String clientAddress = "198.18." + ThreadLocalRandom.current().nextInt(0, 256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @BeforeAll
    static void startTwoGateways() {
        TestInfrastructure database = TestInfrastructure.shared();
        String url = database.jdbcUrl("gateway_rate_limits");
        first = start(url, database.username(), database.password());
        second = start(url, database.username(), database.password());
    }

    @AfterAll
    static void stop() {
        GATEWAYS.forEach(ConfigurableApplicationContext::close);
        SERVICE.stop();
    }

    @Test
    void refusesLookUpsPastTheLimitOnBothGatewaysTogether() throws Exception {
        String path = "/api/public/dossiers/000.00.15.H17-261207-"
                + ThreadLocalRandom.current().nextInt(1000, 9999) + "?phone=0905123456";
        for (int i = 0; i < LOOKUPS; i++) {
            HttpResponse<String> answer = send(lookUp(i % 2 == 0 ? first : second, path));
            assertThat(answer.statusCode()).as("look-up %d", i + 1).isEqualTo(200);
            assertThat(answer.headers().firstValue(RateLimits.REMAINING_HEADER))
                    .as("look-up %d", i + 1)
                    .contains(Integer.toString(LOOKUPS - 1 - i));
        }
        int reachedTheService = SERVICE.count(path);

        for (URI gateway : List.of(first, second)) {
            HttpResponse<String> refused = send(lookUp(gateway, path));

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(body(refused))
                    .containsEntry("type", "https://egov.vn/problems/rate-limited")
                    .containsEntry("status", 429)
                    .containsKey("correlationId");
            long retryAfter =
                    Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, Duration.ofHours(1).toSeconds());
            assertThat(refused.headers().firstValue(RateLimits.REMAINING_HEADER))
                    .contains("0");
        }
        assertThat(SERVICE.count(path)).isEqualTo(reachedTheService).isEqualTo(LOOKUPS);
    }

    @Test
    void letsExactlyTheLimitThroughWhenLookUpsArriveAtBothGatewaysAtOnce() throws Exception {
        String path =
                "/api/public/results/AT-ONCE-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < LOOKUPS * 4; i++) {
            answers.add(http.sendAsync(
                    lookUp(i % 2 == 0 ? first : second, path)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    BodyHandlers.ofString()));
        }

        Map<Integer, Long> byStatus = answers.stream()
                .map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertThat(byStatus).containsEntry(200, (long) LOOKUPS).containsEntry(429, (long) LOOKUPS * 3);
        assertThat(SERVICE.count(path)).isEqualTo(LOOKUPS);
    }

    @Test
    void countsSignedInPeopleSeparately() throws Exception {
        String alice = "Bearer " + IDENTITY.citizen("alice-" + clientAddress);
        String bob = "Bearer " + IDENTITY.citizen("bob-" + clientAddress);
        for (int i = 0; i < USER_CALLS; i++) {
            assertThat(send(signedIn(i % 2 == 0 ? first : second, alice)).statusCode())
                    .isEqualTo(200);
        }

        assertThat(send(signedIn(second, alice)).statusCode()).isEqualTo(429);
        assertThat(send(signedIn(first, bob)).statusCode()).isEqualTo(200);
        assertThat(send(signedIn(second, bob)).statusCode()).isEqualTo(200);
    }

    @Test
    void neverCountsAPartnersPaymentNotifications() throws Exception {
        for (int i = 0; i < LOOKUPS * 4; i++) {
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder((i % 2 == 0 ? first : second).resolve("/api/payments/callbacks/momo"))
                            .header("X-Forwarded-For", clientAddress)
                            .header("Content-Type", "application/json")
                            .POST(BodyPublishers.ofString("{\"orderId\":\"" + i + "\"}")));

            assertThat(answer.statusCode()).as("notification %d", i + 1).isEqualTo(200);
            assertThat(answer.headers().firstValue(RateLimits.REMAINING_HEADER)).isEmpty();
        }
    }

    @Test
    void startsAndLetsCallsThroughUncountedWhenItsDatabaseIsDown() throws Exception {
        // It starts without its database, too.
        URI cutOff = start(deadDatabaseUrl(), "postgres", "postgres");

        for (int i = 0; i < LOOKUPS + 2; i++) {
            HttpResponse<String> answer = send(lookUp(cutOff, "/api/public/dossiers/X-" + i + "?phone=0905123456"));

            assertThat(answer.statusCode()).as("look-up %d", i + 1).isEqualTo(200);
        }
    }

    private HttpRequest.Builder lookUp(URI gateway, String path) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .header("X-Forwarded-For", clientAddress)
                .header("Accept", "application/json")
                .GET();
    }

    private HttpRequest.Builder signedIn(URI gateway, String authorization) {
        return HttpRequest.newBuilder(gateway.resolve("/api/dossiers?status=NEW"))
                .header("X-Forwarded-For", clientAddress)
                .header("Authorization", authorization)
                .GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), BodyHandlers.ofString());
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        return json.readValue(response.body(), new TypeReference<>() {});
    }

    private static URI start(String databaseUrl, String username, String password) {
        ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
                // Arguments, which win over application.yml (default properties would not).
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + username,
                        "--spring.datasource.password=" + password,
                        "--egov.identity.issuer-uri=" + IDENTITY.issuer(),
                        "--egov.identity.jwk-set-uri=" + IDENTITY.jwkSetUri(),
                        "--egov.gateway.services.catalogue=" + SERVICE.url(),
                        "--egov.gateway.services.dossier=" + SERVICE.url(),
                        "--egov.gateway.services.payment=" + SERVICE.url(),
                        "--egov.gateway.services.notification=" + SERVICE.url(),
                        "--egov.gateway.services.web=" + SERVICE.url(),
                        "--egov.gateway.rate-limits.trusted-proxies=127.0.0.1",
                        "--egov.gateway.rate-limits.lookup.requests=" + LOOKUPS,
                        "--egov.gateway.rate-limits.lookup.per=1h",
                        "--egov.gateway.rate-limits.user.requests=" + USER_CALLS,
                        "--egov.gateway.rate-limits.user.per=1h");
        GATEWAYS.add(gateway);
        return URI.create("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port"));
    }

    private static String deadDatabaseUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/gateway";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
