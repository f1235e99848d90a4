package vn.egov.sandbox.zalo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays a Zalo user writing to the OA: Zalo posts a {@code user_send_text} event to the OA's webhook, signed with
 * {@code X-ZEvent-Signature: mac=<sha256(app_id + body + timestamp + OA secret key)>} as Zalo documents it.
 */
@Service
public class ZaloUserEvents {

    private final OaProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http;

    public ZaloUserEvents(OaProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .build();
    }

    /**
     * What the webhook answered.
     *
     * @param msgId the event's message msg_id
     * @param status the webhook's HTTP status, 0 when unreachable
     * @param body its body, or the error
     */
    public record Delivered(String msgId, int status, String body) {}

    private final java.util.concurrent.ScheduledExecutorService background =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sandbox-zalo-events");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Zalo tells the OA, after {@code receipt-delay}, that the recipient's app received a message:
     * {@code user_received_message} with {@code message.msg_ids} and {@code delivery_time} (epoch ms).
     */
    public void scheduleReceived(String recipientId, String msgId) {
        background.schedule(
                () -> {
                    String timestamp = Long.toString(clock.millis());
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("app_id", properties.appId());
                    event.put("event_name", "user_received_message");
                    event.put("timestamp", timestamp);
                    event.put("sender", Map.of("id", properties.oaId()));
                    event.put("recipient", Map.of("id", recipientId));
                    event.put("message", Map.of("msg_ids", java.util.List.of(msgId), "delivery_time", timestamp));
                    post(json.writeValueAsString(event), timestamp);
                },
                properties.receiptDelay().toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private Delivered post(String body, String timestamp) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.webhookUrl()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(
                        "X-ZEvent-Signature",
                        "mac=" + signature(properties.appId(), body, timestamp, properties.secretKey()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Delivered(null, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Delivered(null, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivered(null, 0, "interrupted");
        }
    }

    public Delivered sendText(String userId, String text) {
        String timestamp = Long.toString(clock.millis());
        String msgId = HexFormat.of().formatHex(randomBytes(16));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("app_id", properties.appId());
        event.put("user_id_by_app", userId);
        event.put("event_name", "user_send_text");
        event.put("timestamp", timestamp);
        event.put("sender", Map.of("id", userId));
        event.put("recipient", Map.of("id", properties.oaId()));
        event.put("message", Map.of("text", text, "msg_id", msgId));
        String body = json.writeValueAsString(event);
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.webhookUrl()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(
                        "X-ZEvent-Signature",
                        "mac=" + signature(properties.appId(), body, timestamp, properties.secretKey()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Delivered(msgId, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Delivered(msgId, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivered(msgId, 0, "interrupted");
        }
    }

    /** Lowercase hex SHA-256 of app id + body + timestamp + OA secret key, as Zalo signs its webhook events. */
    static String signature(String appId, String body, String timestamp, String secretKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha256.digest((appId + body + timestamp + secretKey).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
