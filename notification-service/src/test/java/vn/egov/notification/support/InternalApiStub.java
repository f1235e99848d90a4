package vn.egov.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.egov.testsupport.TestIdentity;

/**
 * Another service's internal API ({@code GET /internal/**}) on 127.0.0.1 and a free port, speaking the JSON the real
 * endpoint speaks (each proven by an integration test of its own module): it answers only a valid SERVICE token of
 * the test issuer, with what a test registered for the path and query (parameters in any order), else 404.
 */
public final class InternalApiStub implements AutoCloseable {

    private record Answer(int status, String json) {}

    private final HttpServer server;
    private final JwtDecoder tokens;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> callers = new CopyOnWriteArrayList<>();

    private InternalApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        TestIdentity.shared().jwkSetUri())
                .build();
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(TestIdentity.shared().issuer()));
        tokens = decoder;
        server.createContext("/internal/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public static InternalApiStub start() {
        return new InternalApiStub();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers 200 with {@code json} to {@code GET pathAndQuery}. */
    public void answer(String pathAndQuery, String json) {
        answer(pathAndQuery, 200, json);
    }

    public void answer(String pathAndQuery, int status, String json) {
        answers.put(key(pathAndQuery), new Answer(status, json));
    }

    /** Every authorised call, path and query as sent. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The {@code sub} of every token that called. */
    public List<String> callers() {
        return List.copyOf(callers);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Jwt jwt;
        try {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                throw new JwtException("no bearer token");
            }
            jwt = tokens.decode(authorization.substring("Bearer ".length()));
        } catch (JwtException e) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles == null || !roles.contains("SERVICE")) {
            respond(exchange, 403, "application/problem+json", "{\"status\":403}");
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        calls.add(pathAndQuery);
        callers.add(jwt.getSubject());
        Answer answer = answers.get(key(pathAndQuery));
        if (answer == null) {
            respond(exchange, 404, "application/problem+json", "{\"status\":404}");
            return;
        }
        respond(
                exchange,
                answer.status(),
                answer.status() < 400 ? "application/json" : "application/problem+json",
                answer.json());
    }

    private static String key(String pathAndQuery) {
        int mark = pathAndQuery.indexOf('?');
        if (mark < 0) {
            return pathAndQuery;
        }
        String[] parameters = pathAndQuery.substring(mark + 1).split("&");
        Arrays.sort(parameters);
        return pathAndQuery.substring(0, mark) + "?" + String.join("&", parameters);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
