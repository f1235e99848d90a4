package vn.egov.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The sandbox as the platform's adapters meet it: real SMTP and real HTTP against a running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class PartnerSandboxIT {

    private static final int SMTP_PORT = freePort();
    private static final String PHONE = "0905123456";

    @DynamicPropertySource
    static void smtpOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("sandbox.smtp.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startFromAnEmptyInboxWithoutFaults() throws Exception {
        assertThat(exchange("DELETE", "/sandbox/messages", null, Map.of()).statusCode())
                .isEqualTo(204);
        assertThat(exchange("DELETE", "/sandbox/faults", null, Map.of()).statusCode())
                .isEqualTo(204);
    }

    @Nested
    class Email {

        @Test
        void findsAnEmailSentOverSmtpInTheInbox() throws Exception {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(SMTP_PORT);
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom("no-reply@dichvucong.danang.gov.vn");
            helper.setTo("an.nguyen@example.vn");
            helper.setSubject("Hồ sơ 000.00.15.H17-250310-0001 đã được tiếp nhận");
            helper.setText(
                    "Kính gửi ông Nguyễn Văn An, hồ sơ của ông đã được tiếp nhận.",
                    "<p>Kính gửi ông <b>Nguyễn Văn An</b>, hồ sơ của ông đã được tiếp nhận.</p>");
            sender.send(message);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox("An.Nguyen@example.vn"))
                    .hasSize(1));
            Map<String, Object> received = inbox("an.nguyen@example.vn").get(0);
            assertThat(received)
                    .containsEntry("channel", "EMAIL")
                    .containsEntry("to", "an.nguyen@example.vn")
                    .containsEntry("subject", "Hồ sơ 000.00.15.H17-250310-0001 đã được tiếp nhận")
                    .containsEntry("text", "Kính gửi ông Nguyễn Văn An, hồ sơ của ông đã được tiếp nhận.")
                    .containsEntry("providerMessageId", message.getMessageID());
            assertThat((String) received.get("time")).endsWith("+07:00");
        }
    }

    @Nested
    class Sms {

        @Test
        void findsAnAcceptedSmsUnderEverySpellingOfThePhone() throws Exception {
            Map<String, Object> reply = sendSms(sms("Ho so 000.00.15.H17-250310-0001 da duoc tiep nhan", "notif-1"));

            assertThat(reply).containsEntry("CodeResult", "100").containsEntry("CountRegenerate", 0);
            String smsId = (String) reply.get("SMSID");
            for (String spelling : List.of("0905123456", "84905123456", "+84905123456")) {
                assertThat(inbox(spelling)).singleElement().satisfies(message -> assertThat(message)
                        .containsEntry("channel", "SMS")
                        .containsEntry("to", "84905123456")
                        .containsEntry("subject", null)
                        .containsEntry("text", "Ho so 000.00.15.H17-250310-0001 da duoc tiep nhan")
                        .containsEntry("providerMessageId", smsId)
                        .containsEntry("segments", 1));
            }
            assertThat(OffsetDateTime.parse((String) inbox(PHONE).get(0).get("time"))
                            .getOffset()
                            .getId())
                    .isEqualTo("+07:00");
        }

        @Test
        void refusesWrongCredentialsWith101() throws Exception {
            Map<String, Object> body = sms("Ho so da duoc tiep nhan", null);
            body.put("SecretKey", "guess");

            assertThat(sendSms(body))
                    .isEqualTo(Map.of("CodeResult", "101", "CountRegenerate", 0, "ErrorMessage", "Authorize Failed"));
            assertThat(inbox(PHONE)).isEmpty();
        }

        @Test
        void refusesAccentedTextSentAsUnaccentedWith146() throws Exception {
            assertThat(sendSms(sms("Hồ sơ đã được tiếp nhận", null))).containsEntry("CodeResult", "146");
            assertThat(inbox(PHONE)).isEmpty();
        }

        @Test
        void answersARepeatedRequestIdWith124AndTheFirstSmsIdAndDeliversOnce() throws Exception {
            Map<String, Object> first = sendSms(sms("Ho so da duoc tiep nhan", "notif-2"));
            Map<String, Object> repeat = sendSms(sms("Ho so da duoc tiep nhan", "notif-2"));

            assertThat(repeat)
                    .containsEntry("CodeResult", "124")
                    .containsEntry("ErrorMessage", "Request exist 1")
                    .containsEntry("SMSID", first.get("SMSID"));
            assertThat(inbox(PHONE)).hasSize(1);
        }

        @Test
        void answersAnUnreadableBodyInEsmsFormat() throws Exception {
            HttpResponse<String> response = exchange(
                    "POST",
                    "/MainService.svc/json/SendMultipleMessage_V4_post_json/",
                    "{not json",
                    Map.of("Content-Type", "application/json"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(read(response.body())).isEqualTo(Map.of("error", "Invalid request"));
        }

        private Map<String, Object> sms(String content, String requestId) {
            Map<String, Object> body = new HashMap<>(Map.of(
                    "ApiKey", "sandbox-sms-key",
                    "SecretKey", "sandbox-sms-secret",
                    "Phone", PHONE,
                    "Content", content,
                    "Brandname", "EGOV-DN",
                    "SmsType", "2",
                    "IsUnicode", "0"));
            if (requestId != null) {
                body.put("RequestId", requestId);
            }
            return body;
        }
    }

    @Nested
    class Zalo {

        @Test
        void findsASentZnsUnderEverySpellingOfThePhone() throws Exception {
            Map<String, Object> reply = sendZns("sandbox-zns-token", zns("84905123456", "dossier-1:received"));

            assertThat(reply).containsEntry("error", 0).containsEntry("message", "Success");
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) reply.get("data");
            assertThat((String) data.get("sent_time")).matches("\\d{13}");
            assertThat(data.get("quota")).isEqualTo(Map.of("dailyQuota", "500", "remainingQuota", "499"));
            for (String spelling : List.of("0905123456", "84905123456", "+84905123456")) {
                assertThat(inbox(spelling)).singleElement().satisfies(message -> assertThat(message)
                        .containsEntry("channel", "ZALO")
                        .containsEntry("to", "84905123456")
                        .containsEntry("providerMessageId", data.get("msg_id"))
                        .containsEntry(
                                "text",
                                "Hồ sơ 000.00.15.H17-250310-0001 (Cấp Phiếu lý lịch tư pháp) của ông/bà đã được"
                                        + " tiếp nhận. Ngày hẹn trả kết quả: 20/03/2025."));
            }
        }

        @Test
        void refusesAWrongAccessTokenWithMinus124() throws Exception {
            assertThat(sendZns("expired", zns("84905123456", null)))
                    .isEqualTo(Map.of("error", -124, "message", "Access token invalid"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0905123456", "+84905123456"})
        void refusesPhonesNotWritten84WithMinus108(String phone) throws Exception {
            assertThat(sendZns("sandbox-zns-token", zns(phone, null))).containsEntry("error", -108);
        }

        @Test
        void answersARepeatedTrackingIdWithTheFirstMessageAndDeliversOnce() throws Exception {
            Map<String, Object> first = sendZns("sandbox-zns-token", zns("84905123456", "dossier-2:received"));
            Map<String, Object> repeat = sendZns("sandbox-zns-token", zns("84905123456", "dossier-2:received"));

            assertThat(((Map<?, ?>) repeat.get("data")).get("msg_id"))
                    .isEqualTo(((Map<?, ?>) first.get("data")).get("msg_id"));
            assertThat(inbox(PHONE)).hasSize(1);
        }

        private Map<String, Object> zns(String phone, String trackingId) {
            Map<String, Object> body = new HashMap<>(Map.of(
                    "phone",
                    phone,
                    "template_id",
                    "egov-dossier-received",
                    "template_data",
                    Map.of(
                            "dossier_code", "000.00.15.H17-250310-0001",
                            "procedure_name", "Cấp Phiếu lý lịch tư pháp",
                            "due_date", "20/03/2025")));
            if (trackingId != null) {
                body.put("tracking_id", trackingId);
            }
            return body;
        }
    }

    @Nested
    class Faults {

        @Test
        void failsTheNextSmsRequestsWithThePlannedStatusThenRecovers() throws Exception {
            HttpResponse<String> planned = exchange(
                    "PUT",
                    "/sandbox/faults/sms",
                    "{\"failNext\":2,\"status\":503}",
                    Map.of("Content-Type", "application/json"));
            assertThat(planned.statusCode()).isEqualTo(200);
            String body =
                    "{\"ApiKey\":\"sandbox-sms-key\",\"SecretKey\":\"sandbox-sms-secret\",\"Phone\":\"0905123456\","
                            + "\"Content\":\"Thu lai\",\"Brandname\":\"EGOV-DN\",\"SmsType\":\"2\"}";

            assertThat(postSms(body).statusCode()).isEqualTo(503);
            assertThat(postSms(body).statusCode()).isEqualTo(503);
            assertThat(postSms(body).statusCode()).isEqualTo(200);
            assertThat(inbox(PHONE)).hasSize(1);
        }

        @Test
        void refusesAnInvalidPlanAsProblemJson() throws Exception {
            HttpResponse<String> response = exchange(
                    "PUT", "/sandbox/faults/sms", "{\"failNext\":-1}", Map.of("Content-Type", "application/json"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(read(response.body())).containsEntry("type", "https://egov.vn/problems/invalid-request");
        }

        @Test
        void refusesAnUnknownChannelAsProblemJson() throws Exception {
            HttpResponse<String> response = exchange(
                    "PUT", "/sandbox/faults/email", "{\"failNext\":1}", Map.of("Content-Type", "application/json"));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(read(response.body())).containsEntry("type", "https://egov.vn/problems/unknown-fault-channel");
        }

        private HttpResponse<String> postSms(String body) throws Exception {
            return exchange(
                    "POST",
                    "/MainService.svc/json/SendMultipleMessage_V4_post_json/",
                    body,
                    Map.of("Content-Type", "application/json"));
        }
    }

    @Nested
    class NationalPortal {

        @BeforeEach
        void forgetWhatThePortalReceived() throws Exception {
            assertThat(exchange("DELETE", "/sandbox/national-portal/dossiers", null, Map.of())
                            .statusCode())
                    .isEqualTo(204);
        }

        @Test
        void syncsADossierWithASessionAndShowsWhatItReceived() throws Exception {
            HttpResponse<String> answer = integrate(session(), "4");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(read(answer.body())).containsEntry("error_code", 0);
            List<Map<String, Object>> received =
                    list(exchange("GET", "/sandbox/national-portal/dossiers/000.00.15.H17-261123-0001", null, Map.of())
                            .body());
            assertThat(received).singleElement().satisfies(sync -> {
                assertThat(sync).containsEntry("status", 4);
                assertThat(sync.get("record")).asString().contains("2.000488");
            });
        }

        @Test
        void refusesWrongCredentialsAndAMissingOrExpiredSession() throws Exception {
            HttpResponse<String> login = exchange(
                    "POST",
                    "/dvcqg/auth",
                    "{\"username\":\"egov-danang\",\"password\":\"guess\"}",
                    Map.of("Content-Type", "application/json"));
            assertThat(login.statusCode()).isEqualTo(401);
            assertThat(read(login.body())).containsEntry("error_code", -1);

            assertThat(integrate(null, "4").statusCode()).isEqualTo(401);
            String session = session();
            exchange("POST", "/sandbox/national-portal/sessions/expire", null, Map.of());
            HttpResponse<String> expired = integrate(session, "4");
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(read(expired.body())).containsEntry("error_code", 401);
        }

        @Test
        void refusesAnUnknownStatusCodeWithTheFieldNamed() throws Exception {
            HttpResponse<String> answer = integrate(session(), "11");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(read(answer.body()))
                    .containsEntry("error_code", -1)
                    .extractingByKey("errors")
                    .asString()
                    .contains("data[0].TrangThaiHoSo");
            assertThat(list(exchange("GET", "/sandbox/national-portal/dossiers", null, Map.of())
                            .body()))
                    .isEmpty();
        }

        @Test
        void answers503AsPlannedThenSyncs() throws Exception {
            exchange(
                    "PUT",
                    "/sandbox/faults/national-portal",
                    "{\"failNext\":1,\"status\":503}",
                    Map.of("Content-Type", "application/json"));
            String session = session();

            assertThat(integrate(session, "2").statusCode()).isEqualTo(503);
            assertThat(integrate(session, "2").statusCode()).isEqualTo(200);
        }

        private String session() throws Exception {
            HttpResponse<String> login = exchange(
                    "POST",
                    "/dvcqg/auth",
                    "{\"username\":\"egov-danang\",\"password\":\"sandbox-dvcqg-secret\"}",
                    Map.of("Content-Type", "application/json"));
            assertThat(login.statusCode()).isEqualTo(200);
            return (String) read(login.body()).get("session");
        }

        private HttpResponse<String> integrate(String session, String status) throws Exception {
            Map<String, Object> request = new HashMap<>();
            request.put("session", session);
            request.put("madonvi", "000.00.00.H17");
            request.put("service", "DongBoHoSoMC");
            request.put("isUpdating", "false");
            request.put(
                    "data",
                    List.of(Map.of(
                            "MaHoSo", "000.00.15.H17-261123-0001",
                            "MaTTHC", "2.000488",
                            "DonViXuLy", "000.00.15.H17",
                            "KenhThucHien", "2",
                            "TrangThaiHoSo", status,
                            "NgayTiepNhan", "20261123091500")));
            return exchange(
                    "POST",
                    "/dvcqg/integration",
                    json.writeValueAsString(request),
                    Map.of("Content-Type", "application/json"));
        }

        private List<Map<String, Object>> list(String body) {
            return json.readValue(body, new TypeReference<List<Map<String, Object>>>() {});
        }
    }

    @Test
    void refusesAnInboxQueryForSomethingThatIsNeitherAddressNorNumberAsProblemJson() throws Exception {
        HttpResponse<String> response = exchange("GET", "/sandbox/messages?to=nobody", null, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(read(response.body())).containsEntry("type", "https://egov.vn/problems/invalid-recipient");
    }

    @Test
    void refusesAnInboxLimitBelowOneAsProblemJson() throws Exception {
        HttpResponse<String> response = exchange("GET", "/sandbox/messages?limit=0", null, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(read(response.body())).containsEntry("type", "https://egov.vn/problems/invalid-request");
    }

    private Map<String, Object> sendSms(Map<String, Object> body) throws Exception {
        HttpResponse<String> response = exchange(
                "POST",
                "/MainService.svc/json/SendMultipleMessage_V4_post_json/",
                json.writeValueAsString(body),
                Map.of("Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(200);
        return read(response.body());
    }

    private Map<String, Object> sendZns(String accessToken, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = exchange(
                "POST",
                "/message/template",
                json.writeValueAsString(body),
                Map.of("Content-Type", "application/json", "access_token", accessToken));
        assertThat(response.statusCode()).isEqualTo(200);
        return read(response.body());
    }

    private List<Map<String, Object>> inbox(String to) throws Exception {
        HttpResponse<String> response = exchange(
                "GET", "/sandbox/messages?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8), null, Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), new TypeReference<>() {});
    }

    private Map<String, Object> read(String body) {
        return json.readValue(body, new TypeReference<>() {});
    }

    private HttpResponse<String> exchange(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
