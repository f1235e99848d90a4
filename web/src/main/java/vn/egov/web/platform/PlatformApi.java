package vn.egov.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.webcore.CorrelationIdRule;

/**
 * Every call this server makes to the platform, all through the gateway's public API: GETs and POSTs of JSON,
 * uploads and downloads, anonymous or with the signed-in person's access token. Answers outside 2xx become
 * {@link ApiProblem} (4xx with problem+json), {@link SignInRequired} (401) or {@link PlatformUnavailable} (5xx or no
 * answer), so that pages deal with meanings, not statuses.
 */
@Component
public class PlatformApi {

    private static final Logger log = LoggerFactory.getLogger(PlatformApi.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final RestClient http;
    private final JsonMapper json;
    private final String gateway;

    PlatformApi(WebProperties properties, JsonMapper json) {
        this.json = json;
        this.gateway = properties.gatewayUrl().toString();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.apiTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** GET of a JSON resource; {@code token} null for a public call. */
    public <T> T get(@Nullable String token, String pathAndQuery, Class<T> type) {
        URI uri = uri(pathAndQuery);
        return call(uri, () -> http.get()
                .uri(uri)
                .headers(headers(token, MediaType.APPLICATION_JSON))
                .exchangeForRequiredValue((request, response) -> read(uri, response, type)));
    }

    /** POST of a JSON body (or none), answered with JSON. */
    public <T> T post(
            @Nullable String token,
            String pathAndQuery,
            @Nullable Object body,
            @Nullable String idempotencyKey,
            Class<T> type) {
        URI uri = uri(pathAndQuery);
        return call(uri, () -> {
            RestClient.RequestBodySpec request = http.post()
                    .uri(uri)
                    .headers(headers(token, MediaType.APPLICATION_JSON))
                    .headers(h -> {
                        if (idempotencyKey != null) {
                            h.set("Idempotency-Key", idempotencyKey);
                        }
                    })
                    .contentType(MediaType.APPLICATION_JSON);
            if (body != null) {
                request.body(body);
            } else {
                request.body("{}");
            }
            return request.exchangeForRequiredValue((req, response) -> read(uri, response, type));
        });
    }

    /** PUT of a JSON body, answered with JSON. */
    public <T> T put(String token, String pathAndQuery, Object body, Class<T> type) {
        URI uri = uri(pathAndQuery);
        return call(uri, () -> http.put()
                .uri(uri)
                .headers(headers(token, MediaType.APPLICATION_JSON))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchangeForRequiredValue((request, response) -> read(uri, response, type)));
    }

    /** DELETE, answered without a body (204). */
    public void delete(String token, String pathAndQuery) {
        URI uri = uri(pathAndQuery);
        call(uri, () -> http.delete()
                .uri(uri)
                .headers(headers(token, MediaType.APPLICATION_JSON))
                .exchangeForRequiredValue((request, response) -> {
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw failure(uri, response);
                    }
                    return Boolean.TRUE;
                }));
    }

    /** Uploads one file as {@code multipart/form-data} with its other form fields; answered with JSON. */
    public <T> T upload(String token, String pathAndQuery, Map<String, String> fields, FileUpload file, Class<T> type) {
        URI uri = uri(pathAndQuery);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach(parts::add);
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentDispositionFormData("file", file.fileName());
        fileHeaders.setContentType(file.contentType());
        parts.add("file", new HttpEntity<>(new NamedBytes(file.bytes(), file.fileName()), fileHeaders));
        return call(uri, () -> http.post()
                .uri(uri)
                .headers(headers(token, MediaType.APPLICATION_JSON))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchangeForRequiredValue((request, response) -> read(uri, response, type)));
    }

    /** Downloads a document (a PDF, an image) to hand on to the browser. */
    public Download download(String token, String pathAndQuery) {
        URI uri = uri(pathAndQuery);
        return call(uri, () -> http.get()
                .uri(uri)
                .headers(headers(token, MediaType.ALL))
                .exchangeForRequiredValue((request, response) -> {
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw failure(uri, response);
                    }
                    try (InputStream body = response.getBody()) {
                        return new Download(body.readAllBytes(), response.getHeaders());
                    }
                }));
    }

    /** A file to upload. */
    public record FileUpload(String fileName, MediaType contentType, byte[] bytes) {}

    /** A downloaded document with the headers worth passing on (type, disposition, verification code). */
    public record Download(byte[] bytes, HttpHeaders headers) {

        public MediaType contentType() {
            MediaType type = headers.getContentType();
            return type == null ? MediaType.APPLICATION_OCTET_STREAM : type;
        }
    }

    private URI uri(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/api/")) {
            throw new IllegalArgumentException("only the public API is called: " + pathAndQuery);
        }
        return URI.create(gateway + pathAndQuery);
    }

    private static Consumer<HttpHeaders> headers(@Nullable String token, MediaType accept) {
        return headers -> {
            headers.setAccept(List.of(accept, PROBLEM));
            headers.set(CorrelationIdRule.HEADER, Correlation.current());
            VisitorAddress.forwardedFor().ifPresent(address -> headers.set(VisitorAddress.HEADER, address));
            if (token != null) {
                headers.setBearerAuth(token);
            }
        };
    }

    private <T> T call(URI uri, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            log.warn("The gateway did not answer {}: {}", uri.getPath(), e.getMessage());
            throw new PlatformUnavailable(0, Correlation.current(), "no answer from " + uri.getPath(), e);
        }
    }

    private <T> T read(URI uri, ConvertibleClientHttpResponse response, Class<T> type) throws IOException {
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw failure(uri, response);
        }
        T body = response.bodyTo(type);
        if (body == null) {
            throw new PlatformUnavailable(
                    response.getStatusCode().value(),
                    Correlation.current(),
                    "empty answer from " + uri.getPath(),
                    null);
        }
        return body;
    }

    private RuntimeException failure(URI uri, ConvertibleClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String correlationId = response.getHeaders().getFirst(CorrelationIdRule.HEADER);
        byte[] bytes;
        try (InputStream body = response.getBody()) {
            bytes = body.readNBytes(64 * 1024);
        }
        JsonNode problem = parse(bytes);
        String fromProblem = text(problem, "correlationId");
        String correlation =
                fromProblem != null ? fromProblem : correlationId != null ? correlationId : Correlation.current();
        if (status == 401) {
            return new SignInRequired("the platform refused the token for " + uri.getPath(), true);
        }
        if (status >= 500 || status < 400) {
            log.warn("{} answered {} ({})", uri.getPath(), status, text(problem, "type"));
            return new PlatformUnavailable(status, correlation, uri.getPath() + " answered " + status, null);
        }
        String type = text(problem, "type");
        String slug = type == null ? "http-" + status : type.substring(type.lastIndexOf('/') + 1);
        String detail = text(problem, "detail");
        List<ApiProblem.FieldProblem> errors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        if (problem != null && problem.isObject()) {
            for (JsonNode error : problem.path("errors")) {
                String field = text(error, "field");
                if (field != null) {
                    errors.add(new ApiProblem.FieldProblem(field, String.valueOf(text(error, "message"))));
                }
            }
            for (JsonNode code : problem.path("missing")) {
                missing.add(code.asString());
            }
            for (Map.Entry<String, JsonNode> member : problem.properties()) {
                if (member.getValue().isValueNode()) {
                    properties.put(member.getKey(), member.getValue().asString());
                }
            }
        }
        log.info("{} answered {} {}: {}", uri.getPath(), status, slug, detail);
        return new ApiProblem(status, slug, detail == null ? "" : detail, errors, missing, properties, correlation);
    }

    private @Nullable JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonNode node, String name) {
        if (node == null || !node.has(name) || node.get(name).isNull()) {
            return null;
        }
        return node.get(name).asString();
    }

    /** Bytes with a file name, which the multipart writer needs to send a file part. */
    private static final class NamedBytes extends ByteArrayResource {

        private final String fileName;

        NamedBytes(byte[] bytes, String fileName) {
            super(bytes);
            this.fileName = fileName;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NamedBytes named && named.fileName.equals(fileName) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + fileName.hashCode();
        }
    }
}
