package vn.egov.payment.napas;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * {@code POST /napas/gateway/vpcdps} on 127.0.0.1 and a free port, answering a form as the gateway does with whatever
 * the test sets; the requests it received are kept.
 */
final class NapasGatewayStub implements AutoCloseable {

    private final HttpServer server;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Map<String, String>, String> answer = request -> "";
    private volatile int status = 200;

    NapasGatewayStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/napas/gateway/vpcdps", this::vpcdps);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/napas";
    }

    /** Answers every request with these fields, signed with the secret. */
    void answerSigned(Map<String, String> fields, String secret) {
        answer = request -> FormEncoding.encode(NapasFixtures.signed(fields, secret));
    }

    void answerRaw(int status, String body) {
        this.status = status;
        answer = request -> body;
    }

    List<Map<String, String>> requests() {
        return requests;
    }

    private void vpcdps(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> request =
                    FormEncoding.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            byte[] body = answer.apply(request).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
