package vn.egov.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client sees it, over real HTTP on the test port. */
public final class CatalogueApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public CatalogueApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response: status, content type and the body as JSON (null when empty). */
    public record Reply(int status, String contentType, JsonNode body) {}

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    public Reply post(String path, String token, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    /** The list/search call with {@code q} URL-encoded. */
    public Reply search(String q, String moreParameters) {
        return get("/api/catalogue/procedures?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (moreParameters == null ? "" : "&" + moreParameters));
    }

    private Reply send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
