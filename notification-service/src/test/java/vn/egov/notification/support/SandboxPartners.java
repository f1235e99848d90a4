package vn.egov.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.testsupport.PartnerSandbox;

/**
 * The real partner sandbox ({@link PartnerSandbox}, its own JVM) as the notification tests use it: what reached a
 * recipient, read from its inbox ({@code GET /sandbox/messages?to=}), partners in trouble through its fault API
 * ({@code /sandbox/faults}), and the partners' own endpoints called directly where a test must play an earlier
 * attempt of the service. Credentials are the sandbox's defaults, which are also the service's.
 */
public final class SandboxPartners implements AutoCloseable {

    public static final String SMS_API_KEY = "sandbox-sms-key";
    public static final String SMS_SECRET_KEY = "sandbox-sms-secret";
    public static final String BRANDNAME = "EGOV-DN";
    public static final String ZNS_TOKEN = "sandbox-zns-token";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PartnerSandbox sandbox;

    /** A message as the recipient got it: the SMS text, or the ZNS template filled with its data. */
    public record Received(String channel, String to, String text, String providerMessageId) {}

    /** What eSMS answered to one request. */
    public record EsmsAnswer(String codeResult, String smsId) {}

    private SandboxPartners(PartnerSandbox sandbox) {
        this.sandbox = sandbox;
    }

    public static SandboxPartners start() {
        return new SandboxPartners(PartnerSandbox.start());
    }

    /** A sandbox started with Spring Boot arguments, e.g. where it delivers inbound SMS and Zalo events. */
    public static SandboxPartners start(String... arguments) {
        return new SandboxPartners(PartnerSandbox.start(arguments));
    }

    /** What our webhook answered the provider that delivered a citizen's message. */
    public record WebhookAnswer(String messageId, int status, String body) {}

    /** A citizen's phone sends {@code text} to the short code; the provider delivers it to our webhook. */
    public WebhookAnswer sendMo(String from, String text, String messageId) {
        Map<String, String> request = new java.util.LinkedHashMap<>();
        request.put("from", from);
        request.put("text", text);
        if (messageId != null) {
            request.put("messageId", messageId);
        }
        JsonNode answer = read(send(HttpRequest.newBuilder(uri("/sandbox/sms/mo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))));
        return new WebhookAnswer(
                answer.path("messageId").asString(),
                answer.path("status").asInt(),
                answer.path("body").asString());
    }

    /** A Zalo user writes {@code text} to the OA; Zalo sends the signed {@code user_send_text} event to our webhook. */
    public WebhookAnswer sendZalo(String userId, String text) {
        JsonNode answer = read(send(HttpRequest.newBuilder(uri("/sandbox/zalo/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("userId", userId, "text", text))))));
        return new WebhookAnswer(
                answer.path("msgId").asString(),
                answer.path("status").asInt(),
                answer.path("body").asString());
    }

    /** The OA's customer-service messages to a Zalo user, oldest first. */
    public List<Received> zaloTextsTo(String userId) {
        return inbox("ZALO", userId);
    }

    /** The base URL of eSMS and of Zalo ZNS alike. */
    public String baseUrl() {
        return sandbox.baseUrl().toString();
    }

    /** The SMS that reached {@code phone} (any spelling), oldest first. */
    public List<Received> smsTo(String phone) {
        return inbox("SMS", phone);
    }

    /** The Zalo messages that reached {@code phone} (any spelling), oldest first. */
    public List<Received> znsTo(String phone) {
        return inbox("ZALO", phone);
    }

    /** The eSMS gateway answers the next {@code times} requests with HTTP 503 and records nothing. */
    public void failNextSms(int times) {
        send(HttpRequest.newBuilder(uri("/sandbox/faults/sms"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"failNext\":" + times + ",\"status\":503}")));
    }

    /** The eSMS gateway answers every request {@code latency} late, until {@link #heal}. */
    public void slowSms(java.time.Duration latency) {
        send(HttpRequest.newBuilder(uri("/sandbox/faults/sms"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"failNext\":0,\"status\":503,\"latencyMs\":" + latency.toMillis() + "}")));
    }

    /** How many of the failures asked for by {@link #failNextSms} are still to come. */
    public int smsFailuresLeft() {
        return read(send(HttpRequest.newBuilder(uri("/sandbox/faults")).GET()))
                .path("sms")
                .path("failNext")
                .asInt(0);
    }

    /** One dossier record the sandbox's national portal accepted: its status and every field as sent. */
    public record PortalSync(int status, boolean updating, Map<String, String> fields) {}

    /** What the national portal accepted for a dossier, oldest first. */
    public List<PortalSync> portalSyncsOf(String dossierCode) {
        JsonNode syncs = read(send(HttpRequest.newBuilder(uri(
                        "/sandbox/national-portal/dossiers/" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8)))
                .GET()));
        List<PortalSync> received = new ArrayList<>();
        for (JsonNode sync : syncs) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            sync.path("record")
                    .properties()
                    .forEach(
                            field -> fields.put(field.getKey(), field.getValue().asString()));
            received.add(new PortalSync(
                    sync.path("status").asInt(), sync.path("updating").asBoolean(), fields));
        }
        return received;
    }

    /** The national portal answers the next {@code times} dossier syncs with HTTP 503 and keeps nothing. */
    public void failNextPortalSyncs(int times) {
        send(HttpRequest.newBuilder(uri("/sandbox/faults/national-portal"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"failNext\":" + times + ",\"status\":503}")));
    }

    /** The national portal ends every session: the next sync is answered 401 until the caller logs in again. */
    public void expirePortalSessions() {
        send(HttpRequest.newBuilder(uri("/sandbox/national-portal/sessions/expire"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Every partner well again. */
    public void heal() {
        send(HttpRequest.newBuilder(uri("/sandbox/faults")).DELETE());
    }

    /**
     * Sends an SMS straight to eSMS, in its wire format, as the service would with {@code requestId}: what an attempt
     * did that crashed before it could record the answer, or a check of which RequestId a message was sent under.
     */
    public EsmsAnswer sendSms(String requestId, String phone, String content) {
        String body = JSON.writeValueAsString(Map.of(
                "ApiKey", SMS_API_KEY,
                "SecretKey", SMS_SECRET_KEY,
                "Phone", phone,
                "Content", content,
                "Brandname", BRANDNAME,
                "SmsType", "2",
                "IsUnicode", "0",
                "RequestId", requestId));
        JsonNode answer =
                read(send(HttpRequest.newBuilder(uri("/MainService.svc/json/SendMultipleMessage_V4_post_json/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))));
        return new EsmsAnswer(
                answer.path("CodeResult").asString(), answer.path("SMSID").asString(null));
    }

    /** The msg_id Zalo answers for {@code trackingId}: the first message's when one was sent under it before. */
    public String msgIdForTrackingId(String trackingId, String phone, String templateId, Map<String, String> data) {
        String body = JSON.writeValueAsString(
                Map.of("phone", phone, "template_id", templateId, "template_data", data, "tracking_id", trackingId));
        JsonNode answer = read(send(HttpRequest.newBuilder(uri("/message/template"))
                .header("Content-Type", "application/json")
                .header("access_token", ZNS_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body))));
        return answer.path("data").path("msg_id").asString(null);
    }

    @Override
    public void close() {
        sandbox.close();
    }

    private List<Received> inbox(String channel, String phone) {
        JsonNode messages = read(send(HttpRequest.newBuilder(
                        uri("/sandbox/messages?limit=1000&to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)))
                .GET()));
        List<Received> received = new ArrayList<>();
        for (JsonNode message : messages) {
            if (channel.equals(message.path("channel").asString())) {
                received.add(new Received(
                        message.path("channel").asString(),
                        message.path("to").asString(),
                        message.path("text").asString(),
                        message.path("providerMessageId").asString()));
            }
        }
        return received;
    }

    private URI uri(String path) {
        return sandbox.baseUrl().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        "sandbox answered " + response.statusCode() + " to " + response.uri() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
