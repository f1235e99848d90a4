package vn.egov.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.gateway.correlation.CorrelationIds;

/**
 * Writes the gateway's own answers as RFC 9457 problem+json with the platform's stable type URIs
 * ({@code https://egov.vn/problems/<slug>}), the request path as {@code instance} and the correlation id, so a caller
 * can quote it to support.
 */
public class Problems {

    public static final String TYPE_BASE = "https://egov.vn/problems/";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(
            ServerWebExchange exchange, HttpStatusCode status, String slug, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + slug);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        String correlationId = CorrelationIds.of(exchange);
        if (!correlationId.isEmpty()) {
            problem.put("correlationId", correlationId);
        }
        byte[] body = json.writeValueAsBytes(problem);

        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        // Whatever a half-finished proxy call may have put here describes a body that is not the one sent.
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        headers.setCacheControl("no-store");
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
