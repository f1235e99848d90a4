package vn.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.testsupport.EgovInfrastructureInitializer;
import vn.egov.testsupport.TestIdentity;

/**
 * The gateway with the portal (and every service) pointed at closed ports: a browser asking for a page gets a
 * Vietnamese page with the correlation id; API clients, and browsers on API addresses, still get problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The gateway's own database (the rate limits' buckets) on the real PostgreSQL of test-support.
@ContextConfiguration(initializers = EgovInfrastructureInitializer.class)
class PortalDownIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final TestIdentity IDENTITY = TestIdentity.shared();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void everythingDown(DynamicPropertyRegistry registry) {
        registry.add("egov.identity.issuer-uri", IDENTITY::issuer);
        registry.add("egov.identity.jwk-set-uri", IDENTITY::jwkSetUri);
        for (String service : new String[] {"catalogue", "dossier", "notification", "payment", "web"}) {
            registry.add("egov.gateway.services." + service, UpstreamStub::deadUrl);
        }
    }

    @Test
    void aBrowserAskingForAPageGetsAVietnamesePageWithTheCorrelationId() throws Exception {
        HttpResponse<String> page = get("/thu-tuc/2.000488", BROWSER_ACCEPT, "portal-down-4711");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).startsWith("default-src 'none'").doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body())
                .contains("<html lang=\"vi\">", "<h1>Dịch vụ tạm thời gián đoạn</h1>")
                .contains("mã tra cứu lỗi:", "<code>portal-down-4711</code>", "href=\"/thu-tuc/2.000488\"")
                .doesNotContain("<script", "style", "Exception", "127.0.0.1");
    }

    @Test
    void theCorrelationIdOnThePageIsTheOneTheGatewayGaveTheRequest() throws Exception {
        HttpResponse<String> page = get("/", BROWSER_ACCEPT, null);

        String id = page.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(page.body()).contains("<code>" + id + "</code>");
    }

    @Test
    void aBrowserOpeningAPrintedVerificationAddressGetsThePageToo() throws Exception {
        HttpResponse<String> page = get("/api/public/results/ABCDEFGH2345", BROWSER_ACCEPT, null);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Dịch vụ tạm thời gián đoạn");
    }

    @Test
    void apiClientsAndApiAddressesStillGetProblemJson() throws Exception {
        HttpResponse<String> client = get("/thu-tuc/2.000488", "application/json", null);
        HttpResponse<String> api = get("/api/catalogue/procedures", BROWSER_ACCEPT, null);

        for (HttpResponse<String> response : java.util.List.of(client, api)) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"type\":\"https://egov.vn/problems/service-unavailable\"");
        }
    }

    private HttpResponse<String> get(String path, String accept, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", accept)
                .GET();
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
