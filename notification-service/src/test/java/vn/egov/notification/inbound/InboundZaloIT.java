package vn.egov.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.egov.embedded.FreePorts;
import vn.egov.notification.delivery.Deliveries;
import vn.egov.notification.support.AssistantStub;
import vn.egov.notification.support.DossierServiceStub;
import vn.egov.notification.support.SandboxPartners;
import vn.egov.testsupport.EgovIntegrationTest;

/**
 * A Zalo user (the real partner sandbox playing the Zalo app) writes to the OA; Zalo delivers signed
 * {@code user_send_text} events to our webhook; the OA's answers come back through the customer-service message API
 * and show in the sandbox's inbox under the user id.
 */
@EgovIntegrationTest
// The national portal sync has its own IT; here it would only push to a portal that is not there.
@TestPropertySource(properties = "egov.notification.national-portal.enabled=false")
class InboundZaloIT {

    private static final String AGENCY = "000.00.15.H17";
    private static final int PORT = FreePorts.next();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(3000 + (int) (Math.random() * 6000));
    private static final AtomicLong USERS = new AtomicLong(2468458835296000000L + (long) (Math.random() * 100000));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final DossierServiceStub DOSSIER_SERVICE = DossierServiceStub.start();
    static final AssistantStub ASSISTANT = AssistantStub.start();
    static final SandboxPartners PARTNERS = SandboxPartners.start(
            "--sandbox.zalo.oa.webhook-url=http://127.0.0.1:" + PORT + "/api/notifications/inbound/zalo",
            "--sandbox.zalo.oa.secret-key=it-oa-secret",
            "--sandbox.zalo.oa.access-token=it-oa-token");

    @Autowired
    Deliveries deliveries;

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("egov.dossier.url", DOSSIER_SERVICE::baseUrl);
        registry.add("egov.catalogue.url", ASSISTANT::baseUrl);
        registry.add("egov.notification.sms.url", PARTNERS::baseUrl);
        registry.add("egov.notification.zalo.url", PARTNERS::baseUrl);
        registry.add("egov.notification.zalo.oa.url", PARTNERS::baseUrl);
        registry.add("egov.notification.zalo.oa.secret-key", () -> "it-oa-secret");
        registry.add("egov.notification.zalo.oa.access-token", () -> "it-oa-token");
    }

    @AfterAll
    static void stop() {
        PARTNERS.close();
        ASSISTANT.close();
        DOSSIER_SERVICE.close();
    }

    record Applicant(String dossierCode, String phone) {
        static Applicant registered() {
            int n = SEQUENCE.incrementAndGet();
            Applicant applicant = new Applicant(AGENCY + "-261123-" + n, "0905" + String.format("%06d", n));
            DOSSIER_SERVICE.contact(applicant.dossierCode(), applicant.phone(), null, List.of("ZALO"));
            return applicant;
        }
    }

    private static String user() {
        return Long.toString(USERS.incrementAndGet());
    }

    @Test
    void asksForThePhoneThenTellsTheApplicantTheStatus() {
        Applicant applicant = Applicant.registered();
        String user = user();

        SandboxPartners.WebhookAnswer ack = PARTNERS.sendZalo(user, "Tra cứu hồ sơ " + applicant.dossierCode());
        assertThat(ack.status()).isEqualTo(200);
        awaitTexts(user, 1);
        assertThat(PARTNERS.zaloTextsTo(user).get(0).text())
                .isEqualTo("Ông/bà vui lòng gửi số điện thoại đã khai khi nộp hồ sơ " + applicant.dossierCode()
                        + " để tra cứu.");

        PARTNERS.sendZalo(
                user,
                "sđt của tôi là " + applicant.phone().substring(0, 4) + " "
                        + applicant.phone().substring(4, 7) + " "
                        + applicant.phone().substring(7));

        awaitTexts(user, 2);
        assertThat(PARTNERS.zaloTextsTo(user).get(1).text())
                .isEqualTo("Hồ sơ " + applicant.dossierCode() + ": Mới đăng ký. Hẹn trả: 04/12/2026."
                        + " Chờ cơ quan tiếp nhận hồ sơ.");
        assertThat(deliveries.findByEventId("zalo-in:" + ack.messageId()))
                .singleElement()
                .satisfies(d -> assertThat(d.maskedRecipient()).startsWith("zalo:***"));
        // Zalo's user_received_message for the answer reaches the log.
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries
                .findByEventId("zalo-in:" + ack.messageId())
                .get(0)
                .receipt()
                .isPresent());
        assertThat(deliveries.findByEventId("zalo-in:" + ack.messageId()).get(0).receipt())
                .contains("DELIVERED");
    }

    @Test
    void asksForTheCodeWhenOnlyThePhoneIsGiven() {
        Applicant applicant = Applicant.registered();
        String user = user();

        PARTNERS.sendZalo(user, "tra cuu ho so, so dt " + applicant.phone());
        awaitTexts(user, 1);
        assertThat(PARTNERS.zaloTextsTo(user).get(0).text()).startsWith("Ông/bà vui lòng gửi mã hồ sơ");

        PARTNERS.sendZalo(user, applicant.dossierCode().toLowerCase());

        awaitTexts(user, 2);
        assertThat(PARTNERS.zaloTextsTo(user).get(1).text()).startsWith("Hồ sơ " + applicant.dossierCode() + ": ");
    }

    @Test
    void tellsAnotherPhoneOnlyTheNeutralNotFound() {
        Applicant applicant = Applicant.registered();
        String user = user();

        PARTNERS.sendZalo(user, "tra cuu " + applicant.dossierCode() + " sdt 0935000111");

        awaitTexts(user, 1);
        assertThat(PARTNERS.zaloTextsTo(user).get(0).text())
                .startsWith("Không tìm thấy hồ sơ " + applicant.dossierCode())
                .doesNotContain("Mới đăng ký");
    }

    @Test
    void sendsAnythingElseToTheAssistantAndKeepsItsConversation() {
        String user = user();

        PARTNERS.sendZalo(user, "lam ly lich tu phap can giay to gi");
        awaitTexts(user, 1);
        PARTNERS.sendZalo(user, "con le phi bn?");
        awaitTexts(user, 2);

        assertThat(PARTNERS.zaloTextsTo(user))
                .extracting(SandboxPartners.Received::text)
                .containsExactly("Trợ lý: lam ly lich tu phap can giay to gi", "Trợ lý: con le phi bn?");
        List<AssistantStub.Question> asked = ASSISTANT.questions().stream()
                .filter(q -> q.text().equals("con le phi bn?"))
                .toList();
        assertThat(asked).singleElement().satisfies(q -> assertThat(q.conversationId())
                .isNotNull());
    }

    @Test
    void refusesAForgedEventWith401AndAnswersNothing() throws Exception {
        String user = user();
        String body = "{\"app_id\":\"sandbox-zalo-app\",\"event_name\":\"user_send_text\",\"timestamp\":\"1\","
                + "\"sender\":{\"id\":\"" + user + "\"},\"message\":{\"msg_id\":\"m1\",\"text\":\"hi\"}}";
        String forged = ZaloWebhookAuthentication.signature("sandbox-zalo-app", body, "1", "not-the-secret");

        for (String signature : new String[] {null, "mac=" + forged}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + PORT + "/api/notifications/inbound/zalo"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (signature != null) {
                request.header("X-ZEvent-Signature", signature);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        String signed = ZaloWebhookAuthentication.signature("sandbox-zalo-app", "[]", "1", "it-oa-secret");
        HttpResponse<String> malformed = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/notifications/inbound/zalo"))
                        .header("Content-Type", "application/json")
                        .header("X-ZEvent-Signature", "mac=" + signed)
                        .POST(HttpRequest.BodyPublishers.ofString("[]"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(PARTNERS.zaloTextsTo(user)).isEmpty();
    }

    private static void awaitTexts(String user, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> PARTNERS.zaloTextsTo(user).size() >= count);
    }
}
