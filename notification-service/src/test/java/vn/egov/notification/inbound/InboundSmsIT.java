package vn.egov.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.egov.embedded.FreePorts;
import vn.egov.notification.delivery.Deliveries;
import vn.egov.notification.support.DossierServiceStub;
import vn.egov.notification.support.SandboxPartners;
import vn.egov.testsupport.EgovIntegrationTest;

/**
 * A citizen's phone (the real partner sandbox) sends SMS to the short code; the provider delivers them to our webhook,
 * signed; the answer is a brandname SMS back through eSMS, read from the sandbox's inbox.
 */
@EgovIntegrationTest
@TestPropertySource(
        properties = {
            // The national portal sync has its own IT; here it would only push to a portal that is not there.
            "egov.notification.national-portal.enabled=false",
            "egov.notification.inbound.rate-limit.max-per-sender=3",
            "egov.notification.inbound.rate-limit.window=10m",
            "egov.notification.retry.poll-interval=100ms"
        })
class InboundSmsIT {

    private static final String AGENCY = "000.00.15.H17";
    private static final int PORT = FreePorts.next();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(2000 + (int) (Math.random() * 7000));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final DossierServiceStub DOSSIER_SERVICE = DossierServiceStub.start();
    static final SandboxPartners PARTNERS = SandboxPartners.start(
            "--sandbox.sms.mo.url=http://127.0.0.1:" + PORT + "/api/notifications/inbound/sms",
            "--sandbox.sms.mo.secret=it-mo-secret");

    @Autowired
    MeterRegistry meters;

    @Autowired
    Deliveries deliveries;

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("egov.dossier.url", DOSSIER_SERVICE::baseUrl);
        registry.add("egov.notification.sms.url", PARTNERS::baseUrl);
        registry.add("egov.notification.zalo.url", PARTNERS::baseUrl);
        registry.add("egov.notification.inbound.sms.secret", () -> "it-mo-secret");
        registry.add(
                "egov.notification.sms.callback-url",
                () -> "http://127.0.0.1:" + PORT + "/api/notifications/receipts/sms");
    }

    @AfterAll
    static void stopPartners() {
        PARTNERS.close();
        DOSSIER_SERVICE.close();
    }

    record Applicant(String dossierCode, String phone) {
        static Applicant registered() {
            int n = SEQUENCE.incrementAndGet();
            Applicant applicant = new Applicant(AGENCY + "-261123-" + n, "0905" + String.format("%06d", n));
            DOSSIER_SERVICE.contact(applicant.dossierCode(), applicant.phone(), null, List.of("SMS"));
            return applicant;
        }
    }

    private static String anotherPhone() {
        return "0935" + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    @Test
    void answersTheApplicantsLookUpWithStatusDueDateAndNextStep() {
        Applicant applicant = Applicant.registered();

        SandboxPartners.WebhookAnswer ack =
                PARTNERS.sendMo(applicant.phone(), "tracuu " + applicant.dossierCode(), null);

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).startsWith("<ClientResponse>");
        SandboxPartners.Received sms = awaitOne(applicant.phone());
        assertThat(sms.text())
                .isEqualTo("Ho so " + applicant.dossierCode() + ": Moi dang ky. Hen tra: 04/12/2026."
                        + " Cho co quan tiep nhan ho so.")
                .hasSizeLessThanOrEqualTo(160);
        assertThat(deliveries.findByEventId("sms-mo:" + ack.messageId()))
                .singleElement()
                .satisfies(d -> assertThat(d.dossierCode()).isEqualTo(applicant.dossierCode()));
        // eSMS's delivery report (the sandbox calls the CallbackUrl sent with the message) reaches the log.
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries
                .findByEventId("sms-mo:" + ack.messageId())
                .get(0)
                .receipt()
                .isPresent());
        assertThat(deliveries.findByEventId("sms-mo:" + ack.messageId()).get(0).receipt())
                .contains("DELIVERED");
    }

    @Test
    void readsTheLookUpInAnyCaseWithOrWithoutDiacriticsOrKeyword() {
        Applicant applicant = Applicant.registered();
        String lower = applicant.dossierCode().toLowerCase();

        PARTNERS.sendMo(applicant.phone(), "  Tra   cứu   " + lower + " ", null);
        PARTNERS.sendMo(applicant.phone(), "TRACUU:" + applicant.dossierCode(), null);
        PARTNERS.sendMo(applicant.phone(), applicant.dossierCode(), null);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> PARTNERS.smsTo(applicant.phone()).size() == 3);
        assertThat(PARTNERS.smsTo(applicant.phone())).allSatisfy(sms -> assertThat(sms.text())
                .startsWith("Ho so " + applicant.dossierCode() + ": Moi dang ky."));
    }

    @Test
    void tellsAnotherPhoneOnlyTheNeutralNotFound() {
        Applicant applicant = Applicant.registered();
        String stranger = anotherPhone();
        String unknownCode = AGENCY + "-261123-" + SEQUENCE.incrementAndGet();

        PARTNERS.sendMo(stranger, "TRACUU " + applicant.dossierCode(), null);
        PARTNERS.sendMo(stranger, "TRACUU " + unknownCode, null);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> PARTNERS.smsTo(stranger).size() == 2);
        List<SandboxPartners.Received> answers = PARTNERS.smsTo(stranger);
        assertThat(answers.get(0).text())
                .isEqualTo(answers.get(1).text().replace(unknownCode, applicant.dossierCode()))
                .startsWith("Khong tim thay ho so " + applicant.dossierCode())
                .doesNotContain("Moi dang ky")
                .doesNotContain("04/12/2026");
        assertThat(PARTNERS.smsTo(applicant.phone())).isEmpty();
    }

    @Test
    void answersUnknownSyntaxWithTheHelpText() {
        String phone = anotherPhone();

        PARTNERS.sendMo(phone, "xin chao, ho so cua toi sao roi?", null);
        PARTNERS.sendMo(phone, "TRACUU", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> PARTNERS.smsTo(phone).size() == 2);
        assertThat(PARTNERS.smsTo(phone))
                .allSatisfy(sms -> assertThat(sms.text()).startsWith("De tra cuu ho so, soan: TRACUU <ma ho so>"));
    }

    @Test
    void answersAMessageDeliveredTwiceOnce() throws Exception {
        Applicant applicant = Applicant.registered();
        String messageId = UUID.randomUUID().toString();

        SandboxPartners.WebhookAnswer first =
                PARTNERS.sendMo(applicant.phone(), "TRACUU " + applicant.dossierCode(), messageId);
        SandboxPartners.WebhookAnswer again =
                PARTNERS.sendMo(applicant.phone(), "TRACUU " + applicant.dossierCode(), messageId);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        awaitOne(applicant.phone());
        Thread.sleep(500);
        assertThat(PARTNERS.smsTo(applicant.phone())).hasSize(1);
    }

    @Test
    void answersAFloodUpToTheLimitThenIgnoresAndCountsWhileAcknowledgingEverything() throws Exception {
        Applicant applicant = Applicant.registered();
        double before = rateLimited();

        for (int i = 0; i < 5; i++) {
            assertThat(PARTNERS.sendMo(applicant.phone(), "TRACUU " + applicant.dossierCode(), null)
                            .status())
                    .isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> PARTNERS.smsTo(applicant.phone()).size() == 3);
        Thread.sleep(500);
        assertThat(PARTNERS.smsTo(applicant.phone())).hasSize(3);
        assertThat(rateLimited() - before).isEqualTo(2.0);
    }

    @Test
    void refusesAWrongSignatureWith401ProblemAndAnswersNothing() throws Exception {
        String phone = "84" + anotherPhone().substring(1);
        String smsid = UUID.randomUUID().toString();
        String time = "20261207101500";
        String text = "TRACUU x";

        List<HttpResponse<String>> refused = List.of(
                esms(phone, text, smsid, time, "EGOVDN", null),
                esms(
                        phone,
                        text,
                        smsid,
                        time,
                        "EGOVDN",
                        SmsWebhookAuthentication.esmsSign("EGOVDN", smsid, text, time, "wrong")),
                esms(
                        phone,
                        text,
                        smsid,
                        time,
                        "OTHER",
                        SmsWebhookAuthentication.esmsSign("OTHER", smsid, text, time, "it-mo-secret")),
                esms(
                        phone,
                        "TRACUU y",
                        smsid,
                        time,
                        "EGOVDN",
                        SmsWebhookAuthentication.esmsSign("EGOVDN", smsid, text, time, "it-mo-secret")),
                postJson("{\"MessageId\":\"m1\",\"Phone\":\"" + phone + "\",\"Content\":\"TRACUU\"}"));

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        Thread.sleep(500);
        assertThat(PARTNERS.smsTo(phone)).isEmpty();
    }

    @Test
    void refusesADeliveryReportWithoutTheTokenWith401() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                                + "/api/notifications/receipts/sms?token=wrong&SMSID=x&SendStatus=5&SendSuccess=1"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesMalformedSignedMessagesWith400() throws Exception {
        String time = "20261207101500";
        String blankId = " ";
        assertThat(esms(
                                "12345",
                                "TRACUU",
                                "m2",
                                time,
                                "EGOVDN",
                                SmsWebhookAuthentication.esmsSign("EGOVDN", "m2", "TRACUU", time, "it-mo-secret"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(esms(
                                "84905000001",
                                "TRACUU",
                                blankId,
                                time,
                                "EGOVDN",
                                SmsWebhookAuthentication.esmsSign("EGOVDN", blankId, "TRACUU", time, "it-mo-secret"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void acknowledgesInEsmsClientResponseFormat() {
        Applicant applicant = Applicant.registered();

        SandboxPartners.WebhookAnswer ack =
                PARTNERS.sendMo(applicant.phone(), "TRACUU " + applicant.dossierCode(), "ack-" + UUID.randomUUID());

        assertThat(ack.body())
                .isEqualTo("<ClientResponse><Message></Message><Smsid>" + ack.messageId() + "</Smsid><Receiver>84"
                        + applicant.phone().substring(1) + "</Receiver></ClientResponse>");
    }

    private double rateLimited() {
        var counter = meters.find("egov.notification.inbound")
                .tag("channel", "sms")
                .tag("outcome", "rate-limited")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static SandboxPartners.Received awaitOne(String phone) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PARTNERS.smsTo(phone).isEmpty());
        return PARTNERS.smsTo(phone).get(0);
    }

    /** eSMS's short-code push, as its documentation shows it. */
    private static HttpResponse<String> esms(
            String sender, String content, String smsid, String time, String cpid, String sign) throws Exception {
        String query = "sender=" + enc(sender) + "&content=" + enc(content) + "&serviceNumber=8079&keyword=TRACUU"
                + (sign == null ? "" : "&sign=" + enc(sign)) + "&cpid=" + enc(cpid) + "&smsid=" + enc(smsid)
                + "&receiverTime=" + time;
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + PORT + "/api/notifications/inbound/sms?" + query))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postJson(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/notifications/inbound/sms"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
