package vn.egov.notification.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.embedded.FreePorts;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.Deliveries;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.DeliveryStatus;
import vn.egov.notification.support.DossierServiceStub;
import vn.egov.notification.support.SandboxPartners;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestInfrastructure;

/**
 * A ZNS message that fails for good, or is not reported delivered in time, goes once by SMS instead, against the real
 * sandbox: "submitted" uses a template Zalo does not know (refused, -109); "accepted" is sent but Zalo's
 * {@code user_received_message} comes too late (the sandbox's receipt delay is an hour).
 */
@EgovIntegrationTest
@TestPropertySource(
        properties = {
            // The national portal sync has its own IT; here it would only push to a portal that is not there.
            "egov.notification.national-portal.enabled=false",
            "egov.notification.zalo.templates.dossier-submitted=egov-not-registered",
            "egov.notification.zalo.templates.dossier-accepted=egov-dossier-accepted",
            "egov.notification.zalo.fallback-after=3s",
            "egov.notification.retry.poll-interval=200ms"
        })
class ZnsFallbackIT {

    private static final String AGENCY = "000.00.15.H17";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PORT = FreePorts.next();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(4000 + (int) (Math.random() * 5000));

    static final DossierServiceStub DOSSIER_SERVICE = DossierServiceStub.start();
    static final SandboxPartners PARTNERS = SandboxPartners.start(
            "--sandbox.zalo.oa.webhook-url=http://127.0.0.1:" + PORT + "/api/notifications/inbound/zalo",
            "--sandbox.zalo.oa.receipt-delay=1h");

    @Autowired
    Deliveries deliveries;

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("egov.dossier.url", DOSSIER_SERVICE::baseUrl);
        registry.add("egov.notification.sms.url", PARTNERS::baseUrl);
        registry.add("egov.notification.zalo.url", PARTNERS::baseUrl);
        registry.add("egov.notification.zalo.oa.url", PARTNERS::baseUrl);
        registry.add("egov.notification.sms.callback-url", () -> "");
    }

    @AfterAll
    static void stop() {
        PARTNERS.close();
        DOSSIER_SERVICE.close();
    }

    private static String[] applicant(List<String> channels) {
        int n = SEQUENCE.incrementAndGet();
        String code = AGENCY + "-261123-" + n;
        String phone = "0905" + String.format("%06d", n);
        DOSSIER_SERVICE.contact(code, phone, null, channels);
        return new String[] {code, phone};
    }

    @Test
    void sendsARefusedZnsOnceBySmsAndLogsBothAttempts() throws Exception {
        String[] a = applicant(List.of("ZALO"));
        String eventId = UUID.randomUUID().toString();

        publish(submitted(eventId, a[0]));

        await().atMost(Duration.ofSeconds(30)).until(() -> PARTNERS.smsTo(a[1]).size() == 1);
        assertThat(PARTNERS.smsTo(a[1]).get(0).text()).contains(a[0]).contains("da duoc tiep nhan");
        assertThat(PARTNERS.znsTo(a[1])).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries.findByEventId(eventId).size() == 2);
        List<Delivery> log = deliveries.findByEventId(eventId);
        assertThat(log).anySatisfy(d -> {
            assertThat(d.channel()).isEqualTo(Channel.ZALO);
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).contains("-109"));
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.findByEventId(eventId).stream()
                .anyMatch(d -> d.channel() == Channel.SMS && d.status() == DeliveryStatus.SENT));
        Thread.sleep(1000);
        assertThat(PARTNERS.smsTo(a[1])).hasSize(1);
    }

    @Test
    void sendsAZnsNotDeliveredInTimeOnceBySms() throws Exception {
        String[] a = applicant(List.of("ZALO"));
        String eventId = UUID.randomUUID().toString();

        publish(event(eventId, a[0]));

        await().atMost(Duration.ofSeconds(20)).until(() -> PARTNERS.znsTo(a[1]).size() == 1);
        assertThat(PARTNERS.smsTo(a[1])).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> PARTNERS.smsTo(a[1]).size() == 1);
        Thread.sleep(1500);
        assertThat(PARTNERS.smsTo(a[1])).hasSize(1);
        assertThat(deliveries.findByEventId(eventId))
                .extracting(Delivery::channel)
                .containsExactlyInAnyOrder(Channel.ZALO, Channel.SMS);
    }

    @Test
    void neverSendsASecondSmsWhenTheApplicantChoseSmsToo() throws Exception {
        String[] a = applicant(List.of("ZALO", "SMS"));
        String eventId = UUID.randomUUID().toString();

        publish(submitted(eventId, a[0]));

        await().atMost(Duration.ofSeconds(30)).until(() -> PARTNERS.smsTo(a[1]).size() == 1);
        Thread.sleep(2000);
        assertThat(PARTNERS.smsTo(a[1])).hasSize(1);
        assertThat(deliveries.findByEventId(eventId)).hasSize(2);
    }

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

    private static CloudEvent event(String id, String dossierCode) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/egov/dossier-service"))
                .withType(DossierEvents.ACCEPTED.type())
                .withSubject(dossierCode)
                .withTime(OffsetDateTime.parse("2026-11-24T10:00:00+07:00"))
                .withDataSchema(DossierEvents.ACCEPTED.dataSchema())
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(SchemaExamples.forDossier(DossierEvents.ACCEPTED, dossierCode)))
                .build();
    }

    private static void publish(CloudEvent event) throws Exception {
        try (KafkaProducer<String, byte[]> producer =
                TestInfrastructure.shared().kafkaProducer()) {
            producer.send(KafkaMessageFactory.createWriter(Topics.DOSSIER_EVENTS, event.getSubject())
                            .writeBinary(event))
                    .get();
        }
    }
}
