package vn.egov.gateway.apidocs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.webjars.WebJarVersionLocator;
import reactor.core.publisher.Mono;

/**
 * One Swagger UI at {@code /api-docs} over the OpenAPI documents of the four services, served by the gateway itself.
 * The documents are the ones committed under {@code docs/api/}, copied onto the class path by the build, so what
 * integrators read here is exactly what each service's drift test ({@code ApiDocumentIT}) holds its code to. Swagger
 * UI comes from its webjar; the page loads it and its settings ({@code initializer.js}) from files, with no inline
 * script, under a Content-Security-Policy that allows scripts from this origin only.
 *
 * <p>Function routes are looked up before the gateway's routes, so the portal's catch-all route never sees these
 * paths; {@code Routes} leaves them out of it as well.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    /** The documents, in the order the page offers them. */
    public static final List<String> DOCUMENTS =
            List.of("catalogue.yaml", "dossiers.yaml", "payments.yaml", "notifications.yaml");

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    /**
     * Scripts and styles from this origin only (Swagger UI sets some styles inline), the documents and the identity
     * provider's discovery document fetched from here, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' http: https:;"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String CLASS_PATH = "api-docs/";

    @Bean
    RouterFunction<ServerResponse> apiDocsPages() {
        Resource page = new ClassPathResource(CLASS_PATH + "index.html");
        String swaggerUi =
                "META-INF/resources/webjars/swagger-ui/" + new WebJarVersionLocator().version("swagger-ui") + "/";
        return RouterFunctions.route()
                .GET("/api-docs", request -> page(page))
                .GET("/api-docs/", request -> page(page))
                .build()
                .and(RouterFunctions.resources("/api-docs/**", new ClassPathResource(CLASS_PATH), ApiDocs::headers))
                .and(RouterFunctions.resources("/api-docs/**", new ClassPathResource(swaggerUi)));
    }

    private static Mono<ServerResponse> page(Resource page) {
        return ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .bodyValue(page);
    }

    private static void headers(Resource resource, HttpHeaders headers) {
        String name = resource.getFilename() == null ? "" : resource.getFilename();
        if (name.endsWith(".yaml")) {
            headers.setContentType(YAML);
        } else if (name.endsWith(".html")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }
}
