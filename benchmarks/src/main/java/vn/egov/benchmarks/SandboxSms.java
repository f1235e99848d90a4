package vn.egov.benchmarks;

import com.nimbusds.jose.util.JSONArrayUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS the partner sandbox's eSMS API accepted, read through its inbox ({@code GET /sandbox/messages}, partner-sandbox
 * README): each message's acceptance time, to the millisecond, is when notification-service handed it over.
 */
final class SandboxSms {

    /** The most the inbox lists in one answer (its {@code limit}); it lists the newest. */
    static final int MOST = 10_000;

    /** A dossier code as dossier-service makes them (ADR 6): agency code, day, number. */
    private static final Pattern DOSSIER_CODE = Pattern.compile("[0-9A-Z.]+-\\d{6}-\\d+");

    private final HttpClient http;
    private final URI inbox;

    SandboxSms(HttpClient http, URI sandbox) {
        this.http = http;
        this.inbox = URI.create(sandbox + "/sandbox/messages");
    }

    /** Forgets every message the sandbox holds, so that the next read holds only what came after. */
    void clear() throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(inbox)
                        .timeout(Duration.ofSeconds(30))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("DELETE " + inbox + ": HTTP " + response.statusCode());
        }
    }

    /** When the SMS naming each dossier to {@code phone} was accepted, by dossier code (the first one counts). */
    Map<String, Instant> accepted(String phone) throws Exception {
        URI uri = URI.create(inbox + "?to=" + phone + "&limit=" + MOST);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + ": HTTP " + response.statusCode());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages =
                (List<Map<String, Object>>) (List<?>) JSONArrayUtils.parse(response.body());
        return byDossier(messages);
    }

    /** The acceptance time of the first SMS naming each dossier code; other channels are ignored. */
    static Map<String, Instant> byDossier(List<Map<String, Object>> messages) {
        Map<String, Instant> times = new HashMap<>();
        for (Map<String, Object> message : messages) {
            if (!"SMS".equals(message.get("channel")) || message.get("text") == null) {
                continue;
            }
            Matcher code = DOSSIER_CODE.matcher((String) message.get("text"));
            if (code.find()) {
                Instant time =
                        OffsetDateTime.parse((String) message.get("time")).toInstant();
                times.merge(code.group(), time, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return times;
    }
}
