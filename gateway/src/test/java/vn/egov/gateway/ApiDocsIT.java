package vn.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.Yaml;
import vn.egov.testsupport.TestIdentity;

/**
 * Swagger UI at {@code /api-docs} over the committed OpenAPI documents, served by the gateway itself to anyone,
 * without a token, and never handed to the portal's catch-all route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ApiDocsIT {

    private static final UpstreamStub WEB = new UpstreamStub();
    private static final TestIdentity IDENTITY = TestIdentity.shared();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void portalAndIssuer(DynamicPropertyRegistry registry) {
        registry.add("egov.identity.issuer-uri", IDENTITY::issuer);
        registry.add("egov.identity.jwk-set-uri", IDENTITY::jwkSetUri);
        registry.add("egov.gateway.services.catalogue", UpstreamStub::deadUrl);
        registry.add("egov.gateway.services.dossier", UpstreamStub::deadUrl);
        registry.add("egov.gateway.services.notification", UpstreamStub::deadUrl);
        registry.add("egov.gateway.services.payment", UpstreamStub::deadUrl);
        registry.add("egov.gateway.services.web", WEB::url);
    }

    @AfterAll
    static void stopPortal() {
        WEB.stop();
    }

    @Test
    void servesSwaggerUiToAnyoneWithScriptsFromFilesOnly() throws Exception {
        HttpResponse<String> page = get("/api-docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<div id=\"swagger-ui\"></div>")
                .contains("<script src=\"/api-docs/swagger-ui-bundle.js\"></script>")
                .contains("<script src=\"/api-docs/initializer.js\"></script>")
                .doesNotContainPattern("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy ->
                        assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContainPattern("script-src[^;]*unsafe");
    }

    @Test
    void servesSwaggerUiItselfAndItsSettings() throws Exception {
        HttpResponse<String> bundle = get("/api-docs/swagger-ui-bundle.js");
        HttpResponse<String> style = get("/api-docs/swagger-ui.css");
        HttpResponse<String> settings = get("/api-docs/initializer.js");

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body())
                .contains(
                        "/api-docs/catalogue.yaml",
                        "/api-docs/dossiers.yaml",
                        "/api-docs/payments.yaml",
                        "/api-docs/notifications.yaml");
    }

    @Test
    void servesEachServicesCommittedDocumentAsYaml() throws Exception {
        for (String document : List.of("catalogue.yaml", "dossiers.yaml", "payments.yaml", "notifications.yaml")) {
            HttpResponse<String> response = get("/api-docs/" + document);

            assertThat(response.statusCode()).as(document).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(document)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
            Map<String, Object> api = new Yaml().load(response.body());
            assertThat(api).as(document).containsEntry("openapi", "3.1.0");
            assertThat(api).as(document).containsKey("paths");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsTheDossierSubmissionWithSignInAndProblems() throws Exception {
        Map<String, Object> api = new Yaml().load(get("/api-docs/dossiers.yaml").body());

        Map<String, Object> paths = (Map<String, Object>) api.get("paths");
        Map<String, Object> submit =
                (Map<String, Object>) ((Map<String, Object>) paths.get("/api/dossiers")).get("post");
        assertThat(submit).isNotNull();
        assertThat((Map<String, Object>) submit.get("responses")).containsKeys("201", "400", "401", "429");
        Map<String, Object> components = (Map<String, Object>) api.get("components");
        assertThat((Map<String, Object>) components.get("securitySchemes")).containsKey("oidc");
        assertThat((Map<String, Object>) components.get("schemas")).containsKey("Problem");
        assertThat(get("/api-docs/dossiers.yaml").body()).contains("Nguyễn Văn An");
    }

    @Test
    void neverHandsTheDocumentsToThePortal() throws Exception {
        get("/api-docs");
        get("/api-docs/dossiers.yaml");
        HttpResponse<String> unknown = get("/api-docs/nothing-here.yaml");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(WEB.seenPaths()).noneMatch(path -> path.startsWith("/api-docs"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                BodyHandlers.ofString());
    }
}
