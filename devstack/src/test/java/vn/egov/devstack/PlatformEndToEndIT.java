package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.testsupport.oidc.OidcLogin;

/**
 * The whole platform as the devstack runs it (every service in its own JVM, on free ports, embedded PostgreSQL and
 * Kafka): a citizen signs in at identity-service, finds a procedure and submits a dossier through the gateway, and
 * the notifications arrive at the partner sandbox.
 */
class PlatformEndToEndIT {

    private static final String PHONE = "0905123456";
    private static final String EMAIL = "an.nguyen@example.vn";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @TempDir
    static Path dataDir;

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        DevstackOptions options =
                DevstackOptions.defaults().withDataDir(dataDir, true).withFreePorts();
        platform = Devstack.start(options, line -> System.out.println("devstack " + line));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void submittedDossierReachesTheCitizenByEmailAndSms() throws Exception {
        String token = OidcLogin.forIssuer(platform.issuer()).accessToken("citizen", "citizen");
        String procedureCode = judicialRecordProcedureCode();
        assertThat(deliveryOptions(procedureCode)).contains("ONLINE");

        HttpResponse<String> submitted = send(HttpRequest.newBuilder(gateway("/api/dossiers"))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(submission(procedureCode, "ONLINE"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String code = (String) JSONObjectUtils.parse(submitted.body()).get("code");
        assertThat(code).as(submitted.body()).startsWith("000.00.15.H17-");

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(sandboxMessages(EMAIL))
                            .anySatisfy(message ->
                                    assertThat(message.get("channel")).isEqualTo("EMAIL"))
                            .anySatisfy(message -> assertThat(
                                            String.valueOf(message.get("subject")) + " " + message.get("text"))
                                    .contains(code));
                    assertThat(sandboxMessages(PHONE)).anySatisfy(message -> {
                        assertThat(message.get("channel")).isEqualTo("SMS");
                        assertThat(String.valueOf(message.get("text"))).contains(code);
                    });
                });

        HttpResponse<String> lookUp =
                send(HttpRequest.newBuilder(gateway("/api/public/dossiers/" + code + "?phone=" + PHONE))
                        .header("Accept", "application/json")
                        .GET());
        assertThat(lookUp.statusCode()).as(lookUp.body()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(lookUp.body()).get("status")).isEqualTo("NEW");
    }

    @Test
    void refusesASubmissionWithoutTokenWithProblemDetails() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(gateway("/api/dossiers"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(submission("1.001234", "ONLINE"))));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSONObjectUtils.parse(refused.body())).containsEntry("status", 401L);
    }

    /**
     * Finds "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam…" (the citizen's judicial record certificate, level 4) in
     * the demo catalogue, searching without diacritics as citizens type.
     */
    private static String judicialRecordProcedureCode() throws Exception {
        HttpResponse<String> found = send(HttpRequest.newBuilder(gateway("/api/catalogue/procedures?q="
                        + URLEncoder.encode("phieu ly lich tu phap cho cong dan", StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .GET());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        List<Map<String, Object>> procedures = new ArrayList<>();
        collectProcedures(JSONObjectUtils.parse(found.body()), procedures);
        return procedures.stream()
                .filter(procedure ->
                        String.valueOf(procedure.get("name")).startsWith("Cấp Phiếu lý lịch tư pháp cho công dân"))
                .map(procedure -> (String) procedure.get("code"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no judicial record procedure in " + found.body()));
    }

    /** A page of procedures, whatever the paging envelope calls its list: every object with a code and a name. */
    @SuppressWarnings("unchecked")
    private static void collectProcedures(Object json, List<Map<String, Object>> procedures) {
        if (json instanceof Map<?, ?> object) {
            if (object.get("code") instanceof String && object.get("name") instanceof String) {
                procedures.add((Map<String, Object>) object);
            }
            object.values().forEach(value -> collectProcedures(value, procedures));
        } else if (json instanceof List<?> array) {
            array.forEach(value -> collectProcedures(value, procedures));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> deliveryOptions(String procedureCode) throws Exception {
        HttpResponse<String> procedure =
                send(HttpRequest.newBuilder(gateway("/api/catalogue/procedures/" + procedureCode))
                        .header("Accept", "application/json")
                        .GET());
        assertThat(procedure.statusCode()).as(procedure.body()).isEqualTo(200);
        List<String> offered =
                (List<String>) (List<?>) JSONObjectUtils.parse(procedure.body()).get("deliveryOptions");
        return offered;
    }

    private static String submission(String procedureCode, String delivery) {
        return """
                {
                  "procedureCode": "%s",
                  "applicant": {
                    "fullName": "Nguyễn Văn An",
                    "idNumber": "048090001234",
                    "phone": "%s",
                    "email": "%s",
                    "address": "12 Trần Phú, phường Hải Châu, thành phố Đà Nẵng"
                  },
                  "notify": ["SMS", "EMAIL"],
                  "delivery": "%s",
                  "form": {},
                  "documents": []
                }
                """
                .formatted(procedureCode, PHONE, EMAIL, delivery);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sandboxMessages(String to) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(platform.url(PlatformService.SANDBOX)
                        + "/sandbox/messages?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Object message : JSONArrayUtils.parse(response.body())) {
            messages.add((Map<String, Object>) message);
        }
        return messages;
    }

    private static URI gateway(String pathAndQuery) {
        return URI.create(platform.url(PlatformService.GATEWAY) + pathAndQuery);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
