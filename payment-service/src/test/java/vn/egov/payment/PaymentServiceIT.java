package vn.egov.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestIdentity;

/** The service against real PostgreSQL and Kafka: it starts and guards its API. */
@EgovIntegrationTest
class PaymentServiceIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private JsonMapper json;

    @Test
    void isReadyAgainstRealInfrastructure() throws Exception {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                        .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response)).containsEntry("status", "UP");
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void refusesAnAnonymousCallAsProblem() throws Exception {
        HttpResponse<String> response = send(request("/api/payments/x").GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(response)).containsEntry("type", "https://egov.vn/problems/unauthorized");
    }

    @Test
    void answersAnUnknownPaymentAsProblemEvenWithAToken() throws Exception {
        HttpResponse<String> response = send(request("/api/payments/x")
                .header("Authorization", "Bearer " + TestIdentity.shared().citizen("citizen"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private Map<String, Object> read(HttpResponse<String> response) {
        return json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    }
}
