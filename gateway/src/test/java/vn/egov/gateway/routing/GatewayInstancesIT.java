package vn.egov.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.testsupport.TestIdentity;

/**
 * The gateway in front of two real HTTP servers standing in for two instances of dossier-service, each answering its
 * readiness on its own port (port offset 0) and every other request with its name. Requests are spread over both; when
 * one stops, GETs keep succeeding at once (retried on the other instance) and, within a few seconds, the health check
 * has taken it out so that POSTs, which are never retried, succeed too.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "egov.gateway.health-check.port-offset=0",
            // Balancing only: the rate limits, which need the gateway's database, have RateLimitsIT.
            "egov.gateway.rate-limits.enabled=false"
        })
class GatewayInstancesIT {

    private static final Instance FIRST = new Instance("first");
    private static final Instance SECOND = new Instance("second");
    private static final TestIdentity IDENTITY = TestIdentity.shared();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void twoDossierInstances(DynamicPropertyRegistry registry) {
        registry.add("egov.identity.issuer-uri", IDENTITY::issuer);
        registry.add("egov.identity.jwk-set-uri", IDENTITY::jwkSetUri);
        // One variable, two URLs, as the devstack gives EGOV_DOSSIER_URL for --instances dossier-service=2.
        registry.add("egov.gateway.services.dossier", () -> FIRST.url() + "," + SECOND.url());
    }

    @AfterAll
    static void stopInstances() {
        FIRST.stop();
        SECOND.stop();
    }

    @Test
    void spreadsRequestsAndLeavesOutAStoppedInstanceWithoutFailingReads() throws Exception {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = get("/api/public/dossiers/000.00.15.H17-261123-0001?phone=0905123456");
            assertThat(response.statusCode()).isEqualTo(200);
            answeredBy.add(response.body());
        }
        assertThat(answeredBy).contains("first", "second");

        FIRST.stop();

        // Reads never fail: one refused at connect goes to the other instance, before and after the health check.
        Instant until = Instant.now().plusSeconds(6);
        int reads = 0;
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> response = get("/api/public/dossiers/000.00.15.H17-261123-0001?phone=0905123456");
            assertThat(response.statusCode())
                    .as("read %d after the stop", reads)
                    .isEqualTo(200);
            assertThat(response.body()).isEqualTo("second");
            reads++;
        }
        assertThat(reads).isPositive();

        // A write is not retried, so it only always succeeds once the stopped instance is out of the rotation.
        await("the stopped instance left out")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> tenWritesSucceed());
        int before = SECOND.requests();
        assertThat(tenWritesSucceed()).isTrue();
        assertThat(SECOND.requests() - before).isEqualTo(10);
    }

    private boolean tenWritesSucceed() throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/dossiers/lookups"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One instance of a service: ready on {@code /actuator/health/readiness}, its name for anything else. */
    private static final class Instance {

        private final String name;
        private final HttpServer server;
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final AtomicInteger requests = new AtomicInteger();

        Instance(String name) {
            this.name = name;
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::answer);
            server.setExecutor(executor);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        int requests() {
            return requests.get();
        }

        void stop() {
            server.stop(0);
            executor.shutdownNow();
        }

        private void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            byte[] body = path.startsWith("/actuator/health")
                    ? "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8)
                    : name.getBytes(StandardCharsets.UTF_8);
            if (!path.startsWith("/actuator/")) {
                requests.incrementAndGet();
            }
            try {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } finally {
                exchange.close();
            }
        }
    }
}
