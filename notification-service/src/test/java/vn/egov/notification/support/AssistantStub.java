package vn.egov.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * catalogue-service's procedure assistant ({@code POST /api/assistant/messages}) on 127.0.0.1 and a free port: it
 * answers {@code Trợ lý: <question>} and keeps the questions with their conversation ids, so a test sees what the
 * notification service asked and whether it kept the conversation.
 */
public final class AssistantStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A question the assistant received. */
    public record Question(String conversationId, String text) {}

    private final HttpServer server;
    private final List<Question> questions = new CopyOnWriteArrayList<>();

    private AssistantStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/assistant/messages", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    public static AssistantStub start() {
        return new AssistantStub();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode question = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String conversationId = question.path("conversationId").isString()
                ? question.path("conversationId").asString()
                : null;
        String text = question.path("text").asString();
        questions.add(new Question(conversationId, text));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("conversationId", conversationId == null ? "conversation-" + questions.size() : conversationId);
        answer.put("text", "Trợ lý: " + text);
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
