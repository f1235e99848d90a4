package vn.egov.sandbox.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The platform's callback endpoints as the simulated partners meet them: a real HTTP server on a free port that keeps
 * every request and answers each path as told.
 */
public final class PlatformStub implements AutoCloseable {

    /** A request the platform received. */
    public record Received(String path, String body) {}

    /** What the platform answers. */
    public record Reply(int status, String body) {}

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    private PlatformStub(HttpServer server) {
        this.server = server;
    }

    /** Starts the stub; {@code replies} turns a request into the answer, by path. */
    public static PlatformStub start(Function<Received, Reply> replies) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            PlatformStub stub = new PlatformStub(server);
            server.createContext("/", exchange -> stub.handle(exchange, replies));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The requests received on a path, oldest first. */
    public synchronized List<Received> receivedOn(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public synchronized void forget() {
        received.clear();
    }

    private void handle(HttpExchange exchange, Function<Received, Reply> replies) throws IOException {
        Received request = new Received(
                exchange.getRequestURI().getPath(),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        synchronized (this) {
            received.add(request);
        }
        Reply reply = replies.apply(request);
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        if (!reply.body().isEmpty()) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
