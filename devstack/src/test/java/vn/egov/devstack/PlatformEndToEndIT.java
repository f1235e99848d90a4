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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.embedded.oidc.OidcLogin;

/**
 * The whole platform as the devstack runs it (every service in its own JVM, on free ports, embedded PostgreSQL and
 * Kafka; started once for this and {@link WebPortalBrowserIT} by {@link SharedPlatform}): a citizen signs in at identity-service, finds a procedure, uploads its documents and submits a dossier
 * through the gateway; the notifications arrive at the partner sandbox; an officer accepts, processes, approves and
 * returns the result; anyone can verify the result and look the status up; the statistics count it.
 */
@ExtendWith(SharedPlatform.class)
class PlatformEndToEndIT {

    private static final String PHONE = "0905123456";
    private static final String EMAIL = "an.nguyen@example.vn";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = SharedPlatform.platform();
    }

    @Test
    void aDossierTravelsFromSubmissionToReturnedResultThroughTheGateway() throws Exception {
        String citizen = OidcLogin.forIssuer(platform.issuer()).accessToken("citizen", "citizen");
        String procedureCode = judicialRecordProcedureCode();
        Map<String, Object> procedure = procedure(procedureCode);
        assertThat(String.valueOf(procedure.get("deliveryOptions"))).contains("ONLINE");

        // Every required document is uploaded first, as the portal does, then referenced by the submission.
        List<String> documents = new ArrayList<>();
        for (Map<String, Object> document : requiredDocuments(procedure)) {
            String code = (String) document.get("code");
            documents.add(
                    "{\"code\":\"%s\",\"attachmentId\":\"%s\"}".formatted(code, upload(citizen, procedureCode, code)));
        }

        HttpResponse<String> submitted = send(HttpRequest.newBuilder(gateway("/api/dossiers"))
                .header("Authorization", "Bearer " + citizen)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        submission(procedureCode, "ONLINE", "[" + String.join(",", documents) + "]"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String code = (String) JSONObjectUtils.parse(submitted.body()).get("code");
        assertThat(code).as(submitted.body()).startsWith("000.00.15.H17-");

        // The submitted event went through the outbox and Kafka; notification-service wrote to the citizen.
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
        assertThat(publicStatus(code)).isEqualTo("NEW");

        // The officer of Sở Tư pháp works the dossier through the one-stop workflow.
        String officer = OidcLogin.forIssuer(platform.issuer()).accessToken("officer", "officer");
        Map<String, Object> accepted = act(officer, code, "accept");
        assertThat(accepted.get("status")).isEqualTo("ACCEPTED");
        LocalDate dueDate = LocalDate.parse((String) accepted.get("dueDate"));
        assertThat(dueDate.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(dueDate).isAfter(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(sandboxMessages(EMAIL))
                        .filteredOn(
                                message -> String.valueOf(message.get("text")).contains(code))
                        .hasSizeGreaterThanOrEqualTo(2));

        // A paper is missing: the officer asks for it, the legal clock pauses, the citizen hears what is missing and
        // supplements online; the clock resumes and the pause is on record.
        Map<String, Object> requested =
                act(officer, code, "request-supplement", "{\"missing\":[\"Bản sao Giấy khai sinh\"]}");
        assertThat(requested).containsEntry("status", "SUPPLEMENT_REQUESTED").containsEntry("paused", true);
        assertThat(publicStatus(code)).isEqualTo("SUPPLEMENT_REQUESTED");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(sandboxMessages(EMAIL))
                        .anySatisfy(message -> assertThat(String.valueOf(message.get("text")))
                                .contains(code)
                                .contains("Bản sao Giấy khai sinh")));
        Map<String, Object> supplemented = act(citizen, code, "supplement", "{}");
        assertThat(supplemented).containsEntry("status", "ACCEPTED").containsEntry("paused", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pauses = (List<Map<String, Object>>) supplemented.get("pauses");
        assertThat(pauses).singleElement().satisfies(pause -> {
            assertThat(pause).containsEntry("reason", "SUPPLEMENT");
            assertThat(pause.get("endedAt")).isNotNull();
        });
        LocalDate dueAfterPause = LocalDate.parse((String) supplemented.get("dueDate"));
        assertThat(dueAfterPause).isAfterOrEqualTo(dueDate);
        assertThat(dueAfterPause.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        assertThat(act(officer, code, "start-processing").get("status")).isEqualTo("IN_PROCESSING");
        assertThat(act(officer, code, "approve").get("status")).isEqualTo("PROCESSED");
        assertThat(act(officer, code, "return-result").get("status")).isEqualTo("RESULT_RETURNED");
        assertThat(publicStatus(code)).isEqualTo("RESULT_RETURNED");

        // The result carries a verification code anyone can check.
        HttpResponse<byte[]> result = HTTP.send(
                HttpRequest.newBuilder(gateway("/api/dossiers/" + code + "/result"))
                        .header("Authorization", "Bearer " + citizen)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(new String(result.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String verification = result.headers().firstValue("X-Verification-Code").orElseThrow();
        HttpResponse<String> verified = send(HttpRequest.newBuilder(gateway("/api/public/results/" + verification))
                .header("Accept", "application/json")
                .GET());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(verified.body()))
                .containsEntry("dossierCode", code)
                .containsEntry("valid", true);

        // The statistics count it.
        HttpResponse<String> statistics =
                send(HttpRequest.newBuilder(gateway("/api/dossiers/statistics?agencyCode=000.00.15.H17"))
                        .header("Accept", "application/json")
                        .GET());
        assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
        Map<String, Object> counts = JSONObjectUtils.parse(statistics.body());
        assertThat(((Number) counts.get("received")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(((Number) counts.get("processed")).longValue()).isGreaterThanOrEqualTo(1);
    }

    /**
     * Three dossiers wait for their fee; the citizen pays one with MoMo, one with a NAPAS card and one by VietQR
     * transfer at the partner sandbox, every call through the gateway. Each dossier leaves AWAITING_PAYMENT, each
     * receipt downloads as a PDF and verifies publicly, and the citizen is told.
     */
    @Test
    void feesArePaidWithMomoNapasAndVietQrThroughTheGateway() throws Exception {
        String citizen = OidcLogin.forIssuer(platform.issuer()).accessToken("citizen", "citizen");
        String officer = OidcLogin.forIssuer(platform.issuer()).accessToken("officer", "officer");
        String procedureCode = judicialRecordProcedureCode();
        Map<String, Object> procedure = procedure(procedureCode);
        for (String provider : List.of("MOMO", "NAPAS", "VIETINBANK")) {
            String code = submitted(citizen, procedureCode, procedure);
            act(officer, code, "accept");
            act(officer, code, "start-processing");
            Map<String, Object> awaiting = act(officer, code, "request-payment", "{\"reason\":\"Lệ phí\"}");
            assertThat(awaiting.get("status")).isEqualTo("AWAITING_PAYMENT");

            HttpResponse<String> started = send(HttpRequest.newBuilder(gateway("/api/payments"))
                    .header("Authorization", "Bearer " + citizen)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"dossierCode\":\"%s\",\"provider\":\"%s\"}".formatted(code, provider))));
            assertThat(started.statusCode())
                    .as(provider + ": " + started.body())
                    .isEqualTo(201);
            Map<String, Object> payment = JSONObjectUtils.parse(started.body());
            assertThat(((Number) payment.get("amount")).longValue())
                    .isEqualTo(((Number) procedure.get("feeTotal")).longValue());
            payAtSandbox(provider, payment);

            await(provider + " payment applied to " + code)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(publicStatus(code)).isEqualTo("IN_PROCESSING"));
            String id = (String) payment.get("id");
            HttpResponse<String> paid = send(HttpRequest.newBuilder(gateway("/api/payments/" + id))
                    .header("Authorization", "Bearer " + citizen)
                    .GET());
            assertThat(JSONObjectUtils.parse(paid.body())).containsEntry("status", "SUCCESS");
            HttpResponse<byte[]> pdf = HTTP.send(
                    HttpRequest.newBuilder(gateway("/api/payments/" + id + "/receipt.pdf"))
                            .header("Authorization", "Bearer " + citizen)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            HttpResponse<String> receipt = send(HttpRequest.newBuilder(gateway("/api/payments/" + id + "/receipt"))
                    .header("Authorization", "Bearer " + citizen)
                    .GET());
            Map<String, Object> receiptJson = JSONObjectUtils.parse(receipt.body());
            HttpResponse<String> verified =
                    send(HttpRequest.newBuilder(gateway("/api/public/receipts/" + receiptJson.get("verificationCode")))
                            .GET());
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            assertThat(JSONObjectUtils.parse(verified.body())).containsEntry("reference", receiptJson.get("reference"));
            await("payment message for " + code)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(sandboxMessages(EMAIL))
                            .anySatisfy(message -> assertThat(String.valueOf(message.get("text")))
                                    .contains(code)
                                    .contains((String) receiptJson.get("reference"))));
        }
    }

    /** The payer does at the partner what a browser or banking app would. */
    private static void payAtSandbox(String provider, Map<String, Object> payment) throws Exception {
        switch (provider) {
            case "MOMO" -> {
                HttpResponse<String> paid = send(HttpRequest.newBuilder(URI.create((String) payment.get("redirectUrl")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("action=pay")));
                assertThat(paid.statusCode()).as(paid.body()).isEqualTo(303);
            }
            case "NAPAS" -> {
                HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create((String) payment.get("redirectUrl")))
                        .GET());
                java.util.regex.Matcher form = java.util.regex.Pattern.compile(
                                "<form method=\"post\" action=\"([^\"]+)\"")
                        .matcher(page.body());
                assertThat(form.find()).as(page.body()).isTrue();
                HttpResponse<String> decided =
                        send(HttpRequest.newBuilder(URI.create((String) payment.get("redirectUrl"))
                                        .resolve(form.group(1).replace("&amp;", "&")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("action=pay")));
                assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
                // The browser follows NAPAS's signed return to the gateway; payment-service confirms it with QueryDR.
                HttpResponse<String> returned = send(HttpRequest.newBuilder(URI.create(
                                decided.headers().firstValue("Location").orElseThrow()))
                        .GET());
                assertThat(returned.statusCode()).as(returned.body()).isEqualTo(303);
            }
            case "VIETINBANK" -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> qr = (Map<String, Object>) payment.get("qr");
                HttpResponse<String> transferred = send(HttpRequest.newBuilder(
                                platform.url(PlatformService.SANDBOX).resolve("/sandbox/vietqr/pay"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"payload\":\"" + qr.get("payload") + "\"}")));
                assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);
            }
            default -> throw new IllegalArgumentException(provider);
        }
    }

    /** A new online dossier of the procedure with every required document, submitted through the gateway. */
    private static String submitted(String citizen, String procedureCode, Map<String, Object> procedure)
            throws Exception {
        List<String> documents = new ArrayList<>();
        for (Map<String, Object> document : requiredDocuments(procedure)) {
            String code = (String) document.get("code");
            documents.add(
                    "{\"code\":\"%s\",\"attachmentId\":\"%s\"}".formatted(code, upload(citizen, procedureCode, code)));
        }
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(gateway("/api/dossiers"))
                .header("Authorization", "Bearer " + citizen)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        submission(procedureCode, "ONLINE", "[" + String.join(",", documents) + "]"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return (String) JSONObjectUtils.parse(submitted.body()).get("code");
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

    private static Map<String, Object> procedure(String procedureCode) throws Exception {
        HttpResponse<String> procedure =
                send(HttpRequest.newBuilder(gateway("/api/catalogue/procedures/" + procedureCode))
                        .header("Accept", "application/json")
                        .GET());
        assertThat(procedure.statusCode()).as(procedure.body()).isEqualTo(200);
        return JSONObjectUtils.parse(procedure.body());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> requiredDocuments(Map<String, Object> procedure) {
        return ((List<Object>) procedure.get("documents"))
                .stream()
                        .map(document -> (Map<String, Object>) document)
                        .filter(document -> Boolean.TRUE.equals(document.get("required")))
                        .toList();
    }

    /** Uploads a small real PDF for one document of the procedure; returns the attachment id. */
    private static String upload(String token, String procedureCode, String documentCode) throws Exception {
        String boundary = "egov-" + UUID.randomUUID();
        byte[] pdf = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String[] field : new String[][] {{"documentCode", documentCode}, {"procedureCode", procedureCode}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + documentCode + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = send(HttpRequest.newBuilder(gateway("/api/dossiers/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return (String) JSONObjectUtils.parse(uploaded.body()).get("id");
    }

    private static Map<String, Object> act(String token, String code, String action) throws Exception {
        return act(token, code, action, "{}");
    }

    private static Map<String, Object> act(String token, String code, String action, String body) throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(gateway("/api/dossiers/" + code + "/actions/" + action))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return JSONObjectUtils.parse(response.body());
    }

    private static String publicStatus(String code) throws Exception {
        HttpResponse<String> lookUp =
                send(HttpRequest.newBuilder(gateway("/api/public/dossiers/" + code + "?phone=" + PHONE))
                        .header("Accept", "application/json")
                        .GET());
        assertThat(lookUp.statusCode()).as(lookUp.body()).isEqualTo(200);
        return (String) JSONObjectUtils.parse(lookUp.body()).get("status");
    }

    private static String submission(String procedureCode, String delivery) {
        return submission(procedureCode, delivery, "[]");
    }

    private static String submission(String procedureCode, String delivery, String documents) {
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
                  "documents": %s
                }
                """
                .formatted(procedureCode, PHONE, EMAIL, delivery, documents);
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
