package vn.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.testsupport.EgovInfrastructureInitializer;
import vn.egov.testsupport.RawHttp;
import vn.egov.testsupport.TestIdentity;

/**
 * The gateway on a real port in front of a real HTTP stub standing in for catalogue, dossier and notification
 * services, with payment-service pointed at a closed port. Tokens come from the shared test issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
// The gateway's own database (the rate limits' buckets) on the real PostgreSQL of test-support.
@ContextConfiguration(initializers = EgovInfrastructureInitializer.class)
class GatewayIT {

    private static final UpstreamStub UPSTREAM = new UpstreamStub();
    private static final UpstreamStub WEB = new UpstreamStub();
    private static final TestIdentity IDENTITY = TestIdentity.shared();
    private static final long MAX_BODY = 64 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @DynamicPropertySource
    static void upstreamsAndIssuer(DynamicPropertyRegistry registry) {
        registry.add("egov.identity.issuer-uri", IDENTITY::issuer);
        registry.add("egov.identity.jwk-set-uri", IDENTITY::jwkSetUri);
        registry.add("egov.gateway.services.catalogue", UPSTREAM::url);
        registry.add("egov.gateway.services.dossier", UPSTREAM::url);
        registry.add("egov.gateway.services.notification", UPSTREAM::url);
        registry.add("egov.gateway.services.payment", UpstreamStub::deadUrl);
        registry.add("egov.gateway.services.web", WEB::url);
        registry.add("egov.gateway.limits.max-request-size", () -> MAX_BODY + "B");
        // Routing is tested here, the rate limits in RateLimitsIT: the look-ups of these tests must not run out.
        registry.add("egov.gateway.rate-limits.lookup.requests", () -> "1000");
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
    }

    @AfterAll
    static void stopUpstream() {
        UPSTREAM.stop();
        WEB.stop();
    }

    @Nested
    class WebFrontEnd {

        @Test
        void servesThePortalsPagesWithoutATokenAndWithoutRewriting() throws Exception {
            for (String path : List.of("/", "/thu-tuc?q=ly%20lich%20tu%20phap", "/css/app.css", "/callback?code=x")) {
                HttpResponse<String> response = send(request(path).GET());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(body(response).get("path"))
                        .as(path)
                        .isEqualTo(URI.create(path).getRawPath());
                assertThat(body(response).get("query"))
                        .as(path)
                        .isEqualTo(URI.create(path).getRawQuery());
            }
            assertThat(WEB.seenPaths()).contains("/", "/thu-tuc", "/css/app.css", "/callback");
        }

        @Test
        void letsFormsThroughToThePortal() throws Exception {
            HttpResponse<String> response = send(request("/ho-so/000.00.15.H17-261207-0001/rut")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("_csrf=x&confirm=true")));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body(response)).containsEntry("body", "_csrf=x&confirm=true");
        }

        @Test
        void givesBrowsersOpeningAPrintedPublicAddressThePortalsPage() throws Exception {
            HttpResponse<String> page = send(request("/api/public/results/ABCDEFGH2345")
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .GET());
            HttpResponse<String> json = send(request("/api/public/results/ABCDEFGH2345")
                    .header("Accept", "application/json")
                    .GET());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(WEB.seenPaths()).contains("/api/public/results/ABCDEFGH2345");
            assertThat(UPSTREAM.seenPaths()).contains("/api/public/results/ABCDEFGH2345");
        }

        @Test
        void neverSendsAnApiPathToThePortal() throws Exception {
            HttpResponse<String> response = send(request("/api/nothing-here")
                    .header("Accept", "text/html")
                    .header("Authorization", "Bearer " + IDENTITY.citizen("citizen"))
                    .GET());

            assertProblem(response, 404, "not-found");
            assertThat(WEB.seenPaths()).doesNotContain("/api/nothing-here");
        }
    }

    @Nested
    class Proxying {

        @Test
        void forwardsPathQueryBodyTokenAndCorrelationIdUnchanged() throws Exception {
            String token = IDENTITY.officer("officer", "000.00.15.H17");
            HttpResponse<String> response =
                    send(request("/api/dossiers/H17.5-250101-0001/actions/accept?note=ok%20r%C3%B5&x=1")
                            .header("Authorization", "Bearer " + token)
                            .header("X-Correlation-Id", "web-4711")
                            .header("Content-Type", "application/json")
                            .POST(BodyPublishers.ofString("{\"reason\":\"Hồ sơ đầy đủ\"}")));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("web-4711");
            Map<String, Object> echo = body(response);
            assertThat(echo)
                    .containsEntry("method", "POST")
                    .containsEntry("path", "/api/dossiers/H17.5-250101-0001/actions/accept")
                    .containsEntry("query", "note=ok%20r%C3%B5&x=1")
                    .containsEntry("body", "{\"reason\":\"Hồ sơ đầy đủ\"}")
                    .containsEntry("authorization", "Bearer " + token)
                    .containsEntry("correlationId", "web-4711");
        }

        @Test
        void continuesTheCallersTraceToTheService() throws Exception {
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            HttpResponse<String> response = send(request("/api/catalogue/procedures?q=ho%20tich")
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .GET());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(String.valueOf(body(response).get("traceparent"))).startsWith("00-" + traceId + "-");
        }

        @Test
        void startsATraceWhenTheCallerHasNone() throws Exception {
            HttpResponse<String> response =
                    send(request("/api/catalogue/procedures?q=ho%20tich").GET());

            assertThat(String.valueOf(body(response).get("traceparent"))).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        }

        @Test
        void replacesAMissingOrUnsafeCorrelationIdWithANewOne() throws Exception {
            HttpResponse<String> response = send(request("/api/catalogue/procedures?q=khai%20sinh")
                    .header("X-Correlation-Id", "bad id; drop table")
                    .GET());

            assertThat(response.statusCode()).isEqualTo(200);
            String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(body(response)).containsEntry("correlationId", id);
        }

        @Test
        void routesEveryPublicPrefixToItsService() throws Exception {
            String citizen = "Bearer " + IDENTITY.citizen("citizen");
            for (String path : List.of(
                    "/api/catalogue/agencies",
                    "/api/dossiers",
                    "/api/public/results/H17-1",
                    "/api/notifications?dossierCode=H17-1",
                    "/api/chatbot/messages")) {
                HttpResponse<String> response =
                        send(request(path).header("Authorization", citizen).GET());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(body(response).get("path"))
                        .as(path)
                        .isEqualTo(URI.create(path).getPath());
            }
        }
    }

    @Nested
    class Tokens {

        @Test
        void refusesAProtectedCallWithoutTokenAsProblem() throws Exception {
            HttpResponse<String> response =
                    send(request("/api/dossiers/H17-no-token").GET());

            assertProblem(response, 401, "unauthorized");
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
            assertThat(UPSTREAM.seenPaths()).doesNotContain("/api/dossiers/H17-no-token");
        }

        @Test
        void refusesToChangeTheWorkingCalendarWithoutAToken() throws Exception {
            HttpResponse<String> response = send(request("/api/calendar/days/2026-12-24")
                    .header("Content-Type", "application/json")
                    .PUT(BodyPublishers.ofString("{\"kind\":\"HOLIDAY\",\"name\":\"x\"}")));

            assertProblem(response, 401, "unauthorized");
            assertThat(UPSTREAM.seenPaths()).doesNotContain("/api/calendar/days/2026-12-24");
        }

        @Test
        void refusesAnExpiredToken() throws Exception {
            HttpResponse<String> response = send(request("/api/dossiers/H17-expired")
                    .header("Authorization", "Bearer " + IDENTITY.expired("citizen", List.of("CITIZEN")))
                    .GET());

            assertProblem(response, 401, "unauthorized");
            assertThat(UPSTREAM.seenPaths()).doesNotContain("/api/dossiers/H17-expired");
        }

        @Test
        void refusesATokenWithABrokenSignature() throws Exception {
            String token = IDENTITY.citizen("citizen");
            String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
            HttpResponse<String> response = send(request("/api/payments/P-tampered")
                    .header("Authorization", "Bearer " + tampered)
                    .GET());

            assertProblem(response, 401, "unauthorized");
        }

        @Test
        void letsAnonymousCallersUseThePublicCalls() throws Exception {
            assertThat(send(request("/api/catalogue/procedures/1.001").GET()).statusCode())
                    .isEqualTo(200);
            assertThat(send(request("/api/public/dossiers/H17-1?phone=0905123456")
                                    .GET())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(request("/api/dossiers/statistics?from=2025-01-01").GET())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(request("/api/calendar?year=2026").GET()).statusCode())
                    .isEqualTo(200);
            assertThat(send(request("/api/chatbot/messages").POST(BodyPublishers.ofString("{\"text\":\"lệ phí\"}")))
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        void letsPartnerCallbacksThroughWithoutToken() throws Exception {
            // payment-service is down in this test: reaching it at all (503, not 401) shows the call is public.
            HttpResponse<String> response = send(request("/api/payments/callbacks/momo")
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"orderId\":\"P-1\"}")));

            assertProblem(response, 503, "service-unavailable");
        }

        @Test
        void letsPayersBrowsersComeBackFromAPartnerWithoutToken() throws Exception {
            HttpResponse<String> back = send(request("/api/payments/callbacks/napas/return?vpc_MerchTxnRef=EG1")
                    .GET());
            HttpResponse<String> status =
                    send(request("/api/public/payments/by-order/MOMO/EG1").GET());
            HttpResponse<String> receipt =
                    send(request("/api/public/receipts/ABCDEFGHJKLM").GET());

            // payment-service is down here: 503 (not 401) shows each is public and routed to payment-service.
            assertProblem(back, 503, "service-unavailable");
            assertProblem(status, 503, "service-unavailable");
            assertProblem(receipt, 503, "service-unavailable");
        }

        @Test
        void requiresATokenToChangeTheCatalogue() throws Exception {
            HttpResponse<String> response =
                    send(request("/api/catalogue/procedures").POST(BodyPublishers.ofString("{}")));

            assertProblem(response, 401, "unauthorized");
        }
    }

    @Nested
    class HiddenPaths {

        @Test
        void answersNotFoundForInternalPathsWithOrWithoutToken() throws Exception {
            assertProblem(send(request("/internal/x").GET()), 404, "not-found");
            assertProblem(
                    send(request("/internal/dossiers/H17-1/contact")
                            .header("Authorization", "Bearer " + IDENTITY.service("notification-service"))
                            .GET()),
                    404,
                    "not-found");
            assertThat(UPSTREAM.seenPaths()).noneMatch(p -> p.contains("internal"));
        }

        @Test
        void answersNotFoundForMetricsAndProbesWhichAreOnTheManagementPortOnly() throws Exception {
            for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/health/readiness")) {
                assertProblem(send(request(path).GET()), 404, "not-found");
            }
            assertThat(WEB.seenPaths()).noneMatch(p -> p.startsWith("/actuator"));

            HttpResponse<String> metrics = send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                            .GET());
            HttpResponse<String> readiness = send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                    .GET());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("application=\"gateway\"");
            assertThat(readiness.statusCode()).isEqualTo(200);
        }

        @Test
        void answersNotFoundForManagementEndpointsOtherThanProbesAndMetrics() throws Exception {
            assertProblem(send(request("/actuator/env").GET()), 404, "not-found");
            assertProblem(
                    send(request("/actuator/gateway/routes")
                            .header("Authorization", "Bearer " + IDENTITY.admin("admin"))
                            .GET()),
                    404,
                    "not-found");
        }

        @Test
        void answersNotFoundAsProblemForAnUnknownPath() throws Exception {
            HttpResponse<String> response = send(request("/api/nothing-here")
                    .header("Authorization", "Bearer " + IDENTITY.citizen("citizen"))
                    .GET());

            assertProblem(response, 404, "not-found");
            assertThat(response.body()).doesNotContain("Exception", "<html");
        }

        @Test
        void neverLetsDotSegmentsReachAnInternalPath() throws Exception {
            HttpResponse<String> response =
                    send(request("/api/catalogue/..%2F..%2Finternal/x").GET());
            HttpResponse<String> plain =
                    send(request("/api/public/../../internal/y").GET());

            assertProblem(response, 400, "request-rejected");
            assertProblem(plain, 400, "request-rejected");
            assertThat(UPSTREAM.seenPaths()).noneMatch(p -> p.contains("internal"));
        }
    }

    @Nested
    class Failures {

        @Test
        void answersServiceUnavailableWhenTheServiceIsDown() throws Exception {
            HttpResponse<String> response = send(request("/api/payments/P-1")
                    .header("Authorization", "Bearer " + IDENTITY.citizen("citizen"))
                    .GET());

            Map<String, Object> problem = assertProblem(response, 503, "service-unavailable");
            assertThat(problem).containsEntry("instance", "/api/payments/P-1");
            assertThat(response.body()).doesNotContain("127.0.0.1", "Exception");
        }

        @Test
        void answersGatewayTimeoutWhenTheServiceIsTooSlow() throws Exception {
            HttpResponse<String> response = send(request(UpstreamStub.SLOW_PATH)
                    .header("Authorization", "Bearer " + IDENTITY.officer("officer", "000.00.15.H17"))
                    .GET());

            assertProblem(response, 504, "gateway-timeout");
        }
    }

    @Nested
    class Limits {

        @Test
        void refusesADeclaredBodyOverTheCap() throws Exception {
            HttpResponse<String> response = send(request("/api/dossiers/H17-big/attachments")
                    .header("Authorization", "Bearer " + IDENTITY.citizen("citizen"))
                    .POST(BodyPublishers.ofByteArray(new byte[(int) MAX_BODY + 1])));

            assertProblem(response, 413, "payload-too-large");
            assertThat(UPSTREAM.seenPaths()).doesNotContain("/api/dossiers/H17-big/attachments");
        }

        @Test
        void refusesAStreamedBodyOverTheCap() throws Exception {
            // An input-stream body has no declared length: the client sends it chunked.
            BodyPublisher chunked =
                    BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[(int) MAX_BODY * 4]));
            HttpResponse<String> response = send(request("/api/dossiers/H17-chunked/attachments")
                    .header("Authorization", "Bearer " + IDENTITY.citizen("citizen"))
                    .POST(chunked));

            assertProblem(response, 413, "payload-too-large");
        }

        @Test
        void acceptsABodyUnderTheCap() throws Exception {
            HttpResponse<String> response = send(request("/api/dossiers/H17-small/attachments")
                    .header("Authorization", "Bearer " + IDENTITY.citizen("citizen"))
                    .POST(BodyPublishers.ofByteArray(new byte[(int) MAX_BODY])));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body(response).get("body").toString()).hasSize((int) MAX_BODY);
        }
    }

    @Nested
    class HostileInputs {

        @Test
        void refusesAnOverLongUrl() {
            assertRawProblem(
                    RawHttp.to(port).get("/api/catalogue/procedures?q=" + "a".repeat(20_000)), 414, "uri-too-long");
        }

        @Test
        void refusesOverLongHeaders() {
            assertRawProblem(
                    RawHttp.to(port).get("/api/catalogue/procedures", "X-Filler: " + "a".repeat(20_000)),
                    431,
                    "request-header-fields-too-large");
        }

        @Test
        void refusesMalformedPercentEncodingInThePath() {
            assertRawProblem(RawHttp.to(port).get("/api/catalogue/procedures/%zz"), 400, "malformed-request");
            assertThat(UPSTREAM.seenPaths()).doesNotContain("/api/catalogue/procedures/%zz");
        }

        @Test
        void passesRawBytesInThePathOnPercentEncoded() {
            byte[] target = "/api/catalogue/procedures/\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
            RawHttp.Response response = RawHttp.to(port).get(target);

            // Netty reads the bytes as ISO-8859-1; the service receives a well-formed URL and judges the code.
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"path\":\"/api/catalogue/procedures/%C3%BF%C3%BE\"");
        }

        @Test
        void refusesCharactersThatHaveNoPlaceInAUrl() {
            assertRawProblem(RawHttp.to(port).get("/api/catalogue/procedures?q={\"x\"}|"), 400, "malformed-request");
        }

        @Test
        void refusesARequestLineThatIsNotHttp() {
            assertRawProblem(
                    RawHttp.to(port)
                            .send(
                                    "GET /api/catalogue/procedures HTTP/1.1 and more\r\nHost: x\r\nConnection: close\r\n\r\n"
                                            .getBytes(StandardCharsets.ISO_8859_1)),
                    400,
                    "malformed-request");
        }

        private void assertRawProblem(RawHttp.Response response, int status, String slug) {
            assertThat(response.status()).as(response.body()).isEqualTo(status);
            assertThat(response.contentType()).as(response.body()).isEqualTo("application/problem+json");
            Map<String, Object> problem = json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
            assertThat(problem)
                    .containsEntry("type", "https://egov.vn/problems/" + slug)
                    .containsEntry("status", status)
                    .containsKey("title")
                    .containsKey("detail");
            assertThat(response.body()).doesNotContain("Exception", "<html");
        }
    }

    @Nested
    class Cors {

        @Test
        void allowsTheLocalFrontEnd() throws Exception {
            HttpResponse<String> response = send(request("/api/dossiers")
                    .header("Origin", "http://localhost:8080")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .method("OPTIONS", BodyPublishers.noBody()));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
                    .containsExactly("http://localhost:8080");
        }

        @Test
        void refusesAnUnknownOrigin() throws Exception {
            HttpResponse<String> response = send(request("/api/dossiers")
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", BodyPublishers.noBody()));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        return json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    }

    private Map<String, Object> assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> problem = body(response);
        assertThat(problem)
                .containsEntry("type", "https://egov.vn/problems/" + slug)
                .containsEntry("status", status)
                .containsKey("title")
                .containsKey("detail");
        return problem;
    }
}
