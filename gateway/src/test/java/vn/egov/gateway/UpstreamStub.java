package vn.egov.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for a service: answers every request with a JSON echo of what arrived (method, raw
 * path and query, body, {@code Authorization} and {@code X-Correlation-Id}), except {@code /api/notifications/slow},
 * which holds its answer until {@link #stop()}.
 */
final class UpstreamStub {

    static final String SLOW_PATH = "/api/notifications/slow";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final ConcurrentLinkedQueue<String> seenPaths = new ConcurrentLinkedQueue<>();
    private final JsonMapper json = JsonMapper.builder().build();

    UpstreamStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::echo);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Raw paths of every request that reached the stub. */
    Iterable<String> seenPaths() {
        return seenPaths;
    }

    void stop() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** A URL where nothing listens: the port was free a moment ago and is closed again. */
    static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void echo(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        seenPaths.add(rawPath);
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        if (SLOW_PATH.equals(rawPath)) {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", rawPath);
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("body", new String(requestBody, StandardCharsets.UTF_8));
        echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        echo.put("correlationId", exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
        echo.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
        byte[] body = json.writeValueAsBytes(echo);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } finally {
            exchange.close();
        }
    }
}
