package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a new user, or anyone probing, meets through the real gateway in front of the real services: requests that try
 * to break the platform get a 4xx problem+json, never a 5xx or an HTML page; operations endpoints are not there.
 */
@ExtendWith(SharedPlatform.class)
class HostileInputsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = SharedPlatform.platform();
    }

    @Test
    void refusesASearchQueryThatIsNotUtf8AsAMalformedRequest() throws Exception {
        assertProblem(send(request("/api/catalogue/procedures?q=%ff")), 400, "malformed-request");
    }

    @Test
    void refusesAnOverLongUrl() throws Exception {
        assertProblem(send(request("/api/catalogue/procedures?q=" + "a".repeat(20_000))), 414, "uri-too-long");
    }

    @Test
    void refusesOverLongHeaders() throws Exception {
        assertProblem(
                send(request("/api/catalogue/procedures").header("X-Filler", "a".repeat(20_000))),
                431,
                "request-header-fields-too-large");
    }

    @Test
    void refusesJsonNestedTooDeepOrWithAHugeNumber() throws Exception {
        String deep = "{\"text\":\"le phi\",\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}";
        String huge = "{\"text\":\"le phi\",\"extra\":" + "9".repeat(200) + "}";
        for (String body : new String[] {deep, huge}) {
            assertProblem(
                    send(request("/api/assistant/messages")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))),
                    400,
                    "malformed-request");
        }
    }

    @Test
    void servesMetricsOnTheManagementPortOnlyNeverThroughTheGateway() throws Exception {
        assertProblem(send(request("/actuator/prometheus")), 404, "not-found");

        HttpResponse<String> metrics = send(HttpRequest.newBuilder(
                platform.managementUrl(PlatformService.CATALOGUE).resolve("/actuator/prometheus")));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"catalogue-service\"");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"https://egov.vn/problems/" + slug + "\"")
                .doesNotContain("Exception", "<html");
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(platform.url(PlatformService.GATEWAY) + pathAndQuery));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
