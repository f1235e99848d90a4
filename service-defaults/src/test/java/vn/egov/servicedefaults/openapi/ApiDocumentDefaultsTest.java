package vn.egov.servicedefaults.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springdoc.core.properties.SpringDocConfigProperties;

class ApiDocumentDefaultsTest {

    private final ApiDocumentDefaults defaults = new ApiDocumentDefaults(
            new ApiDocumentProperties("Dossiers API", "Hồ sơ", "v1", "https://id.danang.gov.vn"));

    @Test
    void asksForATokenWhereTheOperationDeclaresNoSecurity() {
        OpenAPI api = api("/api/dossiers/{code}", PathItem.HttpMethod.GET, new Operation());

        defaults.customise(api);

        Operation view = api.getPaths().get("/api/dossiers/{code}").getGet();
        assertThat(view.getSecurity()).hasSize(2);
        assertThat(view.getSecurity().get(0)).containsKey("oidc");
        assertThat(view.getSecurity().get(1)).containsKey("bearer");
        assertThat(view.getResponses()).containsKeys("200", "400", "401", "403", "404", "429");
        assertThat(view.getResponses()).doesNotContainKeys("409", "422");
        assertThat(view.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/Unauthorized");
    }

    @Test
    void leavesAPublicOperationPublicAndWithoutSignInErrors() {
        Operation lookUp = new Operation().security(new ArrayList<>());
        OpenAPI api = api("/api/public/dossiers/{code}", PathItem.HttpMethod.GET, lookUp);

        defaults.customise(api);

        assertThat(lookUp.getSecurity()).isEmpty();
        assertThat(lookUp.getResponses()).containsKeys("200", "400", "404", "429");
        assertThat(lookUp.getResponses()).doesNotContainKeys("401", "403");
    }

    @Test
    void addsConflictsToWritesAndKeepsWhatTheOperationSaysItself() {
        Operation submit = new Operation()
                .responses(new ApiResponses()
                        .addApiResponse("201", new ApiResponse().description("Submitted"))
                        .addApiResponse("400", new ApiResponse().description("Our own")));
        OpenAPI api = api("/api/dossiers", PathItem.HttpMethod.POST, submit);

        defaults.customise(api);

        assertThat(submit.getResponses()).containsKeys("201", "400", "401", "403", "409", "422", "429");
        assertThat(submit.getResponses().get("400").getDescription()).isEqualTo("Our own");
        assertThat(submit.getResponses()).doesNotContainKey("404");
    }

    @Test
    void namesTheIdentityProviderAndDescribesProblems() {
        OpenAPI api = api("/api/dossiers", PathItem.HttpMethod.GET, new Operation().addTagsItem("dossier-controller"));

        defaults.customise(api);

        SecurityScheme oidc = api.getComponents().getSecuritySchemes().get("oidc");
        assertThat(oidc.getType()).isEqualTo(SecurityScheme.Type.OPENIDCONNECT);
        assertThat(oidc.getOpenIdConnectUrl()).isEqualTo("https://id.danang.gov.vn/.well-known/openid-configuration");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
        MediaType problem = api.getComponents()
                .getResponses()
                .get("TooManyRequests")
                .getContent()
                .get("application/problem+json");
        assertThat(problem.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
        assertThat(api.getComponents().getResponses().get("TooManyRequests").getHeaders())
                .containsKey("Retry-After");
        assertThat(api.getPaths().get("/api/dossiers").getGet().getTags()).containsExactly("dossier");
        assertThat(api.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl())
                .isEqualTo("/"));
    }

    @Test
    void quotesInYamlWhatAYamlReaderWouldTakeForANumberOrADate() throws Exception {
        SpringDocConfigProperties properties = new SpringDocConfigProperties();
        properties.setApiDocs(new SpringDocConfigProperties.ApiDocs());
        properties.getApiDocs().setVersion(SpringDocConfigProperties.ApiDocs.OpenApiVersion.OPENAPI_3_1);
        ApiDocumentYaml yaml = new ApiDocumentYaml(properties);

        String written = yaml.yamlMapper()
                .writeValueAsString(Map.of(
                        "phone", "0905123456",
                        "date", "2025-01-01",
                        "name", "Nguyễn Văn An",
                        "list", List.of("SMS")));

        assertThat(written)
                .contains("phone: \"0905123456\"")
                .contains("date: \"2025-01-01\"")
                .contains("name: Nguyễn Văn An");
    }

    private static OpenAPI api(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(new ApiResponses()
                    .addApiResponse("200", new ApiResponse().description("OK").content(new Content())));
        }
        PathItem item = new PathItem();
        item.operation(method, operation);
        return new OpenAPI().paths(new Paths().addPathItem(path, item));
    }
}
