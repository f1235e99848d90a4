package vn.egov.payment.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** payment-service's HTTP API as a client calls it, for the integration tests. */
public final class PaymentApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    public PaymentApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A fresh dossier code of the demo agency, unique enough for one test run. */
    public static String aDossierCode() {
        return "000.00.15.H17-261207-" + ThreadLocalRandom.current().nextInt(10000, 99999999);
    }

    public Answer start(String token, String key, String dossierCode, String provider) {
        String body = "{\"dossierCode\":\"" + dossierCode + "\",\"provider\":\"" + provider + "\"}";
        return send(HttpRequest.newBuilder(URI.create(base + "/api/payments"))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    public Answer start(String token, String dossierCode, String provider) {
        return start(token, UUID.randomUUID().toString(), dossierCode, provider);
    }

    public Answer get(String token, String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Answer post(String token, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** A partner's callback: raw bytes as the partner sends them, no token. */
    public Answer callback(String provider, String contentType, String body) {
        return send(callbackRequest(provider, contentType, body));
    }

    /** The request of a partner's callback, for a test to add headers to. */
    public HttpRequest.Builder callbackRequest(String provider, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/payments/callbacks/" + provider))
                .header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
            return new Answer(response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its JSON body read. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String text(String field) {
            JsonNode value = json().get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }
    }
}
