package vn.egov.notification.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.contracts.EventType;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.notification.delivery.Deliveries;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.support.DossierServiceStub;
import vn.egov.notification.support.OutboundPartners;
import vn.egov.notification.support.SandboxPartners;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestIdentity;
import vn.egov.testsupport.TestInfrastructure;
import vn.egov.values.PhoneNumber;

/**
 * The whole path: a {@code vn.egov.dossier.submitted} CloudEvent on Kafka, the contact fetched from (a stub of)
 * dossier-service with the service's own token, and the messages delivered to a real SMTP server and to the real
 * partner sandbox's eSMS and ZNS, read back from its inbox as the applicant got them.
 */
@EgovIntegrationTest
@TestPropertySource(
        properties = {
            // The national portal sync has its own IT; here it would only push to a portal that is not there.
            "egov.notification.national-portal.enabled=false",
            "egov.notification.retry.initial-backoff=200ms",
            "egov.notification.retry.max-backoff=400ms",
            "egov.notification.retry.poll-interval=100ms",
            "egov.notification.retry.max-attempts=5",
            "egov.consumer.initial-backoff=200ms",
            "egov.consumer.max-backoff=1s",
            "egov.consumer.max-elapsed=5s"
        })
class DossierNotificationsIT {

    private static final String AGENCY = "000.00.15.H17";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000 + (int) (Math.random() * 8000));

    static final OutboundPartners OUTBOUND = OutboundPartners.start();
    static final DossierServiceStub DOSSIER_SERVICE = OUTBOUND.dossierService();
    static final SandboxPartners PARTNERS = OUTBOUND.sandbox();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        OUTBOUND.register(registry);
    }

    @AfterAll
    static void stopPartners() {
        OUTBOUND.close();
    }

    /** A dossier of the officer's agency with its own applicant, so tests never see each other's messages. */
    record Applicant(String dossierCode, String phone, String internationalPhone, String email) {
        static Applicant next() {
            int n = SEQUENCE.incrementAndGet();
            String subscriber = String.format("%06d", n);
            return new Applicant(
                    AGENCY + "-261123-" + n,
                    "0905" + subscriber,
                    "84905" + subscriber,
                    "applicant" + n + "@example.vn");
        }
    }

    @Nested
    class WhenADossierIsSubmitted {

        @Test
        void sendsTheApplicantAnEmailAnSmsAndAZaloMessage() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "ZALO", "EMAIL"));

            publish(submitted(UUID.randomUUID().toString(), applicant.dossierCode()));

            MimeMessage email = awaitOne(() -> emailsTo(applicant.email()));
            assertThat(email.getSubject()).isEqualTo("Hồ sơ " + applicant.dossierCode() + " của bạn đã được tiếp nhận");
            assertThat(email.getFrom()[0].toString()).contains("no-reply@egov.danang.gov.vn");
            String body = GreenMailUtil.getBody(email);
            assertThat(email.getContentType()).startsWith("multipart/");
            assertThat(decoded(email))
                    .contains("Hồ sơ của bạn đã được tiếp nhận")
                    .contains(applicant.dossierCode());
            assertThat(body).isNotBlank();

            SandboxPartners.Received sms = awaitOne(() -> PARTNERS.smsTo(applicant.internationalPhone()));
            assertThat(sms.text())
                    .hasSizeLessThanOrEqualTo(160)
                    .contains(applicant.dossierCode())
                    .contains("da duoc tiep nhan")
                    .matches("[\\x20-\\x7E]+");

            SandboxPartners.Received zalo = awaitOne(() -> PARTNERS.znsTo(applicant.internationalPhone()));
            assertThat(zalo.text())
                    .isEqualTo("Hồ sơ " + applicant.dossierCode()
                            + " (Cấp Phiếu lý lịch tư pháp) của ông/bà đã được tiếp nhận."
                            + " Ngày hẹn trả kết quả: 04/12/2026.");

            JsonNode log = awaitLog(applicant.dossierCode(), 3);
            assertThat(log.get("page").get("totalItems").asLong()).isEqualTo(3);
            for (JsonNode entry : log.get("items")) {
                assertThat(entry.get("status").asString()).isEqualTo("SENT");
                assertThat(entry.get("attempts").asInt()).isEqualTo(1);
                assertThat(entry.get("providerMessageId").asString()).isNotBlank();
            }
            assertThat(entry(log, "SMS").get("recipient").asString())
                    .isEqualTo("090****" + applicant.phone().substring(7));
            assertThat(entry(log, "SMS").get("providerMessageId").asString()).isEqualTo(sms.providerMessageId());
            assertThat(entry(log, "ZALO").get("providerMessageId").asString()).isEqualTo(zalo.providerMessageId());
            // The delivery id is the partners' idempotency key: sent again under it, nothing new goes out.
            assertThat(PARTNERS.sendSms(
                            entry(log, "SMS").get("id").asString(), applicant.internationalPhone(), sms.text()))
                    .isEqualTo(new SandboxPartners.EsmsAnswer("124", sms.providerMessageId()));
            assertThat(PARTNERS.msgIdForTrackingId(
                            entry(log, "ZALO").get("id").asString(),
                            applicant.internationalPhone(),
                            "egov-dossier-received",
                            Map.of("dossier_code", applicant.dossierCode(), "procedure_name", "x", "due_date", "x")))
                    .isEqualTo(zalo.providerMessageId());
            assertThat(PARTNERS.smsTo(applicant.phone())).hasSize(1);
            assertThat(PARTNERS.znsTo(applicant.phone())).hasSize(1);
            assertThat(entry(log, "EMAIL").get("providerMessageId").asString())
                    .isEqualTo(email.getMessageID())
                    .startsWith("<" + entry(log, "EMAIL").get("id").asString() + "@");
            assertThat(entry(log, "EMAIL").get("recipient").asString()).isEqualTo("a***@example.vn");
            assertThat(DOSSIER_SERVICE.contactCallers()).contains("notification-service");
            assertThat(meters.counter("egov.notification.deliveries", "channel", "sms", "status", "sent")
                            .count())
                    .isGreaterThanOrEqualTo(1);
        }

        @Test
        void sendsOnlyOnTheChannelsTheApplicantChose() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("EMAIL"));

            publish(submitted(UUID.randomUUID().toString(), applicant.dossierCode()));

            awaitOne(() -> emailsTo(applicant.email()));
            JsonNode log = awaitLog(applicant.dossierCode(), 1);
            assertThat(log.get("items").findValuesAsString("channel")).containsExactly("EMAIL");
            assertThat(PARTNERS.smsTo(applicant.internationalPhone())).isEmpty();
            assertThat(PARTNERS.znsTo(applicant.internationalPhone())).isEmpty();
        }

        @Test
        void doesNotHoldTheEmailBackWhileTheSmsGatewayIsSlow() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "EMAIL"));
            // Slow, but within the 5 s the service waits for eSMS: the message goes through on its first attempt.
            PARTNERS.slowSms(Duration.ofSeconds(3));
            try {
                publish(submitted(UUID.randomUUID().toString(), applicant.dossierCode()));

                awaitOne(() -> emailsTo(applicant.email()));
                assertThat(PARTNERS.smsTo(applicant.internationalPhone()))
                        .as("the SMS is still on its way to the slow gateway")
                        .isEmpty();
                SandboxPartners.Received sms = awaitOne(() -> PARTNERS.smsTo(applicant.internationalPhone()));
                assertThat(sms.text()).contains(applicant.dossierCode());
                awaitLog(applicant.dossierCode(), 2);
            } finally {
                PARTNERS.heal();
            }
        }
    }

    /**
     * One case per notification after submission: what the e-mail must say (Vietnamese), the SMS (unaccented) and the
     * Zalo message (the sandbox's copy of the registered template, filled), for the schema's own example with the
     * test's dossier code.
     */
    static Stream<Arguments> citizenMessages() {
        return Stream.of(
                Arguments.of(
                        DossierEvents.ACCEPTED,
                        "đã được tiếp nhận hợp lệ",
                        "đã được tiếp nhận hợp lệ, hẹn trả kết quả ngày 01/12/2026",
                        "da duoc tiep nhan hop le. Hen tra ket qua ngay 01/12/2026",
                        "đã được tiếp nhận hợp lệ. Hẹn trả kết quả ngày 01/12/2026."),
                Arguments.of(
                        DossierEvents.NOT_ACCEPTED,
                        "không được tiếp nhận",
                        "Lý do: Hồ sơ không thuộc thẩm quyền giải quyết",
                        "khong duoc tiep nhan. Ly do: Ho so khong thuoc tham quyen giai quyet",
                        "không được tiếp nhận. Lý do: Hồ sơ không thuộc thẩm quyền giải quyết."),
                Arguments.of(
                        DossierEvents.SUPPLEMENT_REQUESTED,
                        "cần bổ sung, hoàn thiện",
                        "Nội dung cần bổ sung: Thiếu: Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
                        "can bo sung, nop bo sung tren Cong DVC hoac tai mot cua. Thieu: To khai yeu cau cap Phieu",
                        "cần bổ sung: "),
                Arguments.of(
                        DossierEvents.PAYMENT_REQUESTED,
                        "đề nghị thanh toán phí, lệ phí",
                        "Số tiền cần thanh toán: 200.000 đồng",
                        "cho thanh toan phi, le phi 200.000 dong. Vui long thanh toan truc tuyen",
                        "chờ thanh toán phí, lệ phí: 200.000 đồng."),
                Arguments.of(
                        DossierEvents.PROCESSED,
                        "kết quả đã sẵn sàng",
                        "đã được giải quyết xong, kết quả đã sẵn sàng",
                        "ket qua da san sang",
                        "đã có kết quả: "),
                Arguments.of(
                        DossierEvents.STOPPED,
                        "đã dừng giải quyết",
                        "Lý do: Quá hạn bổ sung hồ sơ",
                        "da dung giai quyet. Ly do: Qua han bo sung ho so",
                        "đã dừng giải quyết. Lý do: Quá hạn bổ sung hồ sơ."),
                Arguments.of(
                        DossierEvents.APOLOGY_ISSUED,
                        "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
                        "xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào ngày 08/12/2026",
                        "chua co ket qua dung hen 01/12/2026. Hen tra ket qua moi: 08/12/2026",
                        "chưa có kết quả đúng hẹn ngày 01/12/2026. Lý do: Chờ kết quả xác minh của cơ quan công an."
                                + " Ngày hẹn trả kết quả mới: 08/12/2026."));
    }

    @Nested
    class WhenTheDossierMovesOn {

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("vn.egov.notification.dossier.DossierNotificationsIT#citizenMessages")
        void tellsTheApplicantOnEveryChosenChannel(
                EventType type, String subject, String emailText, String smsText, String znsText) throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "ZALO", "EMAIL"));
            DOSSIER_SERVICE.fee(applicant.dossierCode(), 200_000);

            publish(event(UUID.randomUUID().toString(), type, applicant.dossierCode()));

            MimeMessage email = awaitOne(() -> emailsTo(applicant.email()));
            assertThat(email.getSubject()).contains(subject).contains(applicant.dossierCode());
            assertThat(decoded(email))
                    .contains("Kính gửi ông/bà Nguyễn Văn An")
                    .contains(emailText)
                    .contains(applicant.dossierCode());

            SandboxPartners.Received sms = awaitOne(() -> PARTNERS.smsTo(applicant.internationalPhone()));
            assertThat(sms.text())
                    .hasSizeLessThanOrEqualTo(160)
                    .contains(applicant.dossierCode())
                    .contains(smsText)
                    .matches("[\\x20-\\x7E]+");

            SandboxPartners.Received zalo = awaitOne(() -> PARTNERS.znsTo(applicant.internationalPhone()));
            assertThat(zalo.text())
                    .contains(applicant.dossierCode() + " (Cấp Phiếu lý lịch tư pháp)")
                    .contains(znsText);

            JsonNode log = awaitLog(applicant.dossierCode(), 3);
            assertThat(log.get("items").findValuesAsString("eventType")).containsOnly(type.type());
        }
    }

    @Nested
    class NeverTwoMessagesForOneEventAndChannel {

        @Test
        void sendsOneEmailAndOneSmsWhenTheSameEventArrivesTwice() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "EMAIL"));
            String eventId = UUID.randomUUID().toString();

            publish(submitted(eventId, applicant.dossierCode()));
            publish(submitted(eventId, applicant.dossierCode()));
            // Same key, same partition: once the marker is processed, both copies before it were too.
            String marker = UUID.randomUUID().toString();
            publish(event(marker, "vn.egov.dossier.test-marker", applicant.dossierCode()));
            await().atMost(Duration.ofSeconds(60)).until(() -> processed(marker));

            awaitLog(applicant.dossierCode(), 2);
            assertThat(emailsTo(applicant.email())).hasSize(1);
            assertThat(PARTNERS.smsTo(applicant.internationalPhone())).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from delivery where event_id = ?", Integer.class, eventId))
                    .isEqualTo(2);
        }

        @Test
        void sendsOneMessagePerChannelWhenASupplementRequestArrivesTwice() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "ZALO", "EMAIL"));
            String eventId = UUID.randomUUID().toString();

            publish(event(eventId, DossierEvents.SUPPLEMENT_REQUESTED, applicant.dossierCode()));
            publish(event(eventId, DossierEvents.SUPPLEMENT_REQUESTED, applicant.dossierCode()));
            String marker = UUID.randomUUID().toString();
            publish(event(marker, "vn.egov.dossier.test-marker", applicant.dossierCode()));
            await().atMost(Duration.ofSeconds(60)).until(() -> processed(marker));

            awaitLog(applicant.dossierCode(), 3);
            assertThat(emailsTo(applicant.email())).hasSize(1);
            assertThat(PARTNERS.smsTo(applicant.internationalPhone())).hasSize(1);
            assertThat(PARTNERS.znsTo(applicant.internationalPhone())).hasSize(1);
            assertThat(jdbc.queryForList("select channel from delivery where event_id = ?", String.class, eventId))
                    .containsExactlyInAnyOrder("SMS", "ZALO", "EMAIL");
        }

        @Test
        void retriesAFailingSmsGatewayUntilTheMessageIsSentOnce() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS"));
            PARTNERS.failNextSms(2);
            try {
                publish(submitted(UUID.randomUUID().toString(), applicant.dossierCode()));

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    JsonNode sms = entry(log(applicant.dossierCode()), "SMS");
                    assertThat(sms.get("status").asString()).isEqualTo("SENT");
                    assertThat(sms.get("attempts").asInt()).isEqualTo(3);
                });
                assertThat(PARTNERS.smsTo(applicant.internationalPhone())).hasSize(1);
                assertThat(PARTNERS.smsFailuresLeft()).isZero();
            } finally {
                PARTNERS.heal();
            }
        }
    }

    @Nested
    class AfterACrash {

        @Autowired
        Deliveries deliveries;

        @Autowired
        Clock clock;

        @Test
        void finishesAPendingDeliveryWithoutASecondSmsWhenTheGatewayHadAlreadyTakenIt() {
            Applicant applicant = Applicant.next();
            Instant now = clock.instant();
            // The state a crash between the provider's answer and our commit leaves: PENDING, lease over.
            Delivery pending = Delivery.pending(
                    UUID.randomUUID().toString(),
                    DossierEvents.SUBMITTED.type(),
                    applicant.dossierCode(),
                    new Message.Sms(PhoneNumber.parse(applicant.internationalPhone()), "Ho so da duoc tiep nhan"),
                    now.minusSeconds(300),
                    now.minusSeconds(1));
            String smsId = PARTNERS.sendSms(
                            pending.id().toString(), applicant.internationalPhone(), "Ho so da duoc tiep nhan")
                    .smsId();
            deliveries.save(pending);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode sms = entry(log(applicant.dossierCode()), "SMS");
                assertThat(sms.get("status").asString()).isEqualTo("SENT");
                assertThat(sms.get("providerMessageId").asString()).isEqualTo(smsId);
            });
            assertThat(PARTNERS.smsTo(applicant.internationalPhone())).hasSize(1);
        }
    }

    /** What the applicant hears when their payment arrives or is given back: the schema's example, their dossier. */
    static Stream<Arguments> paymentMessages() {
        return Stream.of(
                Arguments.of(
                        PaymentEvents.SUCCEEDED,
                        "đã nhận thanh toán phí, lệ phí",
                        List.of(
                                "đã nhận thanh toán phí, lệ phí 200.000 đồng cho hồ sơ",
                                "Số biên lai: BLDT-26E/0000012",
                                "/api/payments/5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11/receipt"),
                        "da thanh toan 200.000 dong, bien lai so BLDT-26E/0000012. Tai bien lai tren Cong DVC",
                        ": Cổng Dịch vụ công đã nhận thanh toán phí, lệ phí 200.000 đồng. Số biên lai: BLDT-26E/0000012."),
                Arguments.of(
                        PaymentEvents.REFUNDED,
                        "phí, lệ phí đã được hoàn trả",
                        List.of(
                                "Khoản phí, lệ phí 200.000 đồng đã thanh toán cho hồ sơ",
                                "đã được hoàn trả cho ông/bà qua ví MoMo",
                                "Mã hoàn tiền: 9b2d1f40-7a11-4c0e-8f4e-2b1f7c3d5e60"),
                        "khoan phi, le phi 200.000 dong da duoc hoan tra cho ong/ba qua vi MoMo",
                        ": khoản phí, lệ phí 200.000 đồng đã được hoàn trả cho ông/bà."));
    }

    @Nested
    class WhenAPaymentIsMade {

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("vn.egov.notification.dossier.DossierNotificationsIT#paymentMessages")
        void tellsTheApplicantOnEveryChosenChannel(
                EventType type, String subject, List<String> emailTexts, String smsText, String znsText)
                throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "ZALO", "EMAIL"));

            publish(Topics.PAYMENT_EVENTS, event(UUID.randomUUID().toString(), type, applicant.dossierCode()));

            MimeMessage email = awaitOne(() -> emailsTo(applicant.email()));
            assertThat(email.getSubject()).isEqualTo("Hồ sơ " + applicant.dossierCode() + ": " + subject);
            String text = decoded(email);
            assertThat(text).contains("Kính gửi ông/bà Nguyễn Văn An").contains(applicant.dossierCode());
            emailTexts.forEach(expected -> assertThat(text).contains(expected));

            SandboxPartners.Received sms = awaitOne(() -> PARTNERS.smsTo(applicant.internationalPhone()));
            assertThat(sms.text())
                    .hasSizeLessThanOrEqualTo(160)
                    .contains(applicant.dossierCode())
                    .contains(smsText)
                    .matches("[\\x20-\\x7E]+");

            SandboxPartners.Received zalo = awaitOne(() -> PARTNERS.znsTo(applicant.internationalPhone()));
            assertThat(zalo.text()).isEqualTo("Hồ sơ " + applicant.dossierCode() + znsText);

            JsonNode log = awaitLog(applicant.dossierCode(), 3);
            assertThat(log.get("items").findValuesAsString("eventType")).containsOnly(type.type());
        }

        @Test
        void sendsOneMessagePerChannelWhenTheSamePaymentEventArrivesTwice() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "ZALO", "EMAIL"));
            String eventId = UUID.randomUUID().toString();

            publish(Topics.PAYMENT_EVENTS, event(eventId, PaymentEvents.SUCCEEDED, applicant.dossierCode()));
            publish(Topics.PAYMENT_EVENTS, event(eventId, PaymentEvents.SUCCEEDED, applicant.dossierCode()));
            String marker = UUID.randomUUID().toString();
            publish(Topics.PAYMENT_EVENTS, event(marker, "vn.egov.payment.test-marker", applicant.dossierCode()));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> processed(NotificationFeed.PAYMENT_EVENTS.consumer(), marker));

            awaitLog(applicant.dossierCode(), 3);
            assertThat(emailsTo(applicant.email())).hasSize(1);
            assertThat(PARTNERS.smsTo(applicant.internationalPhone())).hasSize(1);
            assertThat(PARTNERS.znsTo(applicant.internationalPhone())).hasSize(1);
            assertThat(jdbc.queryForList("select channel from delivery where event_id = ?", String.class, eventId))
                    .containsExactlyInAnyOrder("SMS", "ZALO", "EMAIL");
        }

        @Test
        void aFailedPaymentIsAcknowledgedWithoutAnyMessage() throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "EMAIL"));
            String id = UUID.randomUUID().toString();

            publish(Topics.PAYMENT_EVENTS, event(id, PaymentEvents.FAILED, applicant.dossierCode()));

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> processed(NotificationFeed.PAYMENT_EVENTS.consumer(), id));
            assertThat(jdbc.queryForObject("select count(*) from delivery where event_id = ?", Integer.class, id))
                    .isZero();
            assertThat(PARTNERS.smsTo(applicant.internationalPhone())).isEmpty();
            assertThat(emailsTo(applicant.email())).isEmpty();
        }
    }

    static Stream<EventType> skippedTypes() {
        return DossierEvents.ALL.stream().filter(type -> DossierNotifications.SKIPPED.containsKey(type.type()));
    }

    @Nested
    class OtherDossierEvents {

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("vn.egov.notification.dossier.DossierNotificationsIT#skippedTypes")
        void areAcknowledgedAndRememberedWithoutAnyMessage(EventType type) throws Exception {
            Applicant applicant = Applicant.next();
            DOSSIER_SERVICE.contact(
                    applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS", "EMAIL"));
            String id = UUID.randomUUID().toString();

            publish(event(id, type, applicant.dossierCode()));

            await().atMost(Duration.ofSeconds(60)).until(() -> processed(id));
            assertThat(jdbc.queryForObject("select count(*) from delivery where event_id = ?", Integer.class, id))
                    .isZero();
            assertThat(PARTNERS.smsTo(applicant.internationalPhone())).isEmpty();
            assertThat(emailsTo(applicant.email())).isEmpty();
        }
    }

    @Nested
    class DeliveryLogAccess {

        private final String code = AGENCY + "-261123-0001";

        @Test
        void refusesAnonymousCallers() throws Exception {
            assertThat(get("/api/notifications?dossierCode=" + code, null).statusCode())
                    .isEqualTo(401);
        }

        @Test
        void hidesADossierFromACitizenWhoDidNotSubmitIt() throws Exception {
            DOSSIER_SERVICE.contact(code, "0905123456", null, List.of("SMS"));
            DOSSIER_SERVICE.owner(code, "citizen-owner");

            HttpResponse<String> response = get(
                    "/api/notifications?dossierCode=" + code,
                    TestIdentity.shared().citizen("citizen-other"));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("type").asString())
                    .isEqualTo("https://egov.vn/problems/not-found");
        }

        @Test
        void showsTheOwnerTheMessagesSentAboutTheirDossier() throws Exception {
            DOSSIER_SERVICE.contact(code, "0905123456", null, List.of("SMS"));
            DOSSIER_SERVICE.owner(code, "citizen-owner");

            HttpResponse<String> response = get(
                    "/api/notifications?dossierCode=" + code,
                    TestIdentity.shared().citizen("citizen-owner"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).has("items")).isTrue();
        }

        @Test
        void hidesOtherAgenciesDossiersFromAnOfficer() throws Exception {
            HttpResponse<String> response = get(
                    "/api/notifications?dossierCode=" + code,
                    TestIdentity.shared().officer("officer", "000.00.16.H17"));
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("type").asString())
                    .isEqualTo("https://egov.vn/problems/not-found");
        }

        @Test
        void letsOtherServicesRead() throws Exception {
            HttpResponse<String> response = get(
                    "/api/notifications?dossierCode=" + code,
                    TestIdentity.shared().service("dossier-service"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).has("items")).isTrue();
        }

        @Test
        void answersAMalformedDossierCodeWithAProblem() throws Exception {
            HttpResponse<String> response = get(
                    "/api/notifications?dossierCode=nonsense",
                    TestIdentity.shared().officer("officer", AGENCY));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field"))
                    .containsExactly("dossierCode");
        }
    }

    // --- helpers

    private static CloudEvent submitted(String id, String dossierCode) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/egov/dossier-service"))
                .withType(DossierEvents.SUBMITTED.type())
                .withSubject(dossierCode)
                .withTime(OffsetDateTime.parse("2026-11-23T09:15:00+07:00"))
                .withDataSchema(DossierEvents.SUBMITTED.dataSchema())
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(DossierSubmittedExample.forDossier(dossierCode)))
                .build();
    }

    /** The CloudEvent dossier-service publishes: the schema's first example, for the given dossier. */
    private static CloudEvent event(String id, EventType type, String dossierCode) {
        ObjectNode data = SchemaExamples.forDossier(type, dossierCode);
        String time = Stream.of(
                        "occurredAt", "issuedAt", "detectedAt", "submittedAt", "paidAt", "refundedAt", "failedAt")
                .filter(data::hasNonNull)
                .map(field -> data.get(field).asString())
                .findFirst()
                .orElseThrow();
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/egov/dossier-service"))
                .withType(type.type())
                .withSubject(dossierCode)
                .withTime(OffsetDateTime.parse(time))
                .withDataSchema(type.dataSchema())
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(data))
                .build();
    }

    private static CloudEvent event(String id, String type, String dossierCode) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/egov/dossier-service"))
                .withType(type)
                .withSubject(dossierCode)
                .withTime(OffsetDateTime.parse("2026-11-24T10:00:00+07:00"))
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(Map.of("dossierCode", dossierCode, "aggregateVersion", 1)))
                .build();
    }

    private static void publish(CloudEvent event) throws Exception {
        publish(Topics.DOSSIER_EVENTS, event);
    }

    private static void publish(String topic, CloudEvent event) throws Exception {
        try (KafkaProducer<String, byte[]> producer =
                TestInfrastructure.shared().kafkaProducer()) {
            producer.send(KafkaMessageFactory.createWriter(topic, event.getSubject())
                            .writeBinary(event))
                    .get();
        }
    }

    private boolean processed(String eventId) {
        return processed(NotifyApplicant.CONSUMER, eventId);
    }

    private boolean processed(String consumer, String eventId) {
        return jdbc.queryForObject(
                        "select count(*) from processed_event where consumer = ? and event_id = ?",
                        Integer.class,
                        consumer,
                        eventId)
                == 1;
    }

    private static List<MimeMessage> emailsTo(String address) {
        return OUTBOUND.emailsTo(address);
    }

    /** The text of all parts of a message, decoded. */
    private static String decoded(MimeMessage message) throws Exception {
        return partsText(message.getContent());
    }

    private static String partsText(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(partsText(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static <T> T awaitOne(java.util.concurrent.Callable<List<T>> messages) {
        List<T> found = await().atMost(Duration.ofSeconds(60)).until(messages, list -> !list.isEmpty());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private JsonNode awaitLog(String dossierCode, int sent) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> log(dossierCode),
                        log -> log.get("items").findValuesAsString("status").stream()
                                        .filter("SENT"::equals)
                                        .count()
                                == sent);
    }

    private JsonNode log(String dossierCode) throws Exception {
        HttpResponse<String> response = get(
                "/api/notifications?dossierCode=" + dossierCode,
                TestIdentity.shared().officer("officer", AGENCY));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode entry(JsonNode log, String channel) {
        for (JsonNode entry : log.get("items")) {
            if (channel.equals(entry.get("channel").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no " + channel + " delivery in " + log);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
