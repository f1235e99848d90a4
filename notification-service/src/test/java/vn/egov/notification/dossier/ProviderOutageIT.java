package vn.egov.notification.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import jakarta.mail.internet.MimeMessage;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.notification.support.DossierServiceStub;
import vn.egov.notification.support.OutboundPartners;
import vn.egov.notification.support.SandboxPartners;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestInfrastructure;

/**
 * Outages on the way out: an SMS gateway that failed for a while, and a database that could not record a message just
 * sent. The citizen gets each message once, and soon after the outage, not at the end of a back-off.
 */
@EgovIntegrationTest
@TestPropertySource(
        properties = {
            "egov.notification.national-portal.enabled=false",
            // A failed delivery would wait ten minutes: only the circuit closing again can bring it forward in a test.
            "egov.notification.retry.initial-backoff=10m",
            "egov.notification.retry.max-backoff=10m",
            "egov.notification.retry.poll-interval=100ms",
            // A lease long enough to record an outcome while the database is away, short enough that a delivery left
            // unrecorded would be sent again within the test.
            "egov.notification.retry.lease=15s",
            "egov.notification.circuit-breaker.minimum-calls=2",
            "egov.notification.circuit-breaker.sliding-window=2",
            "egov.notification.circuit-breaker.open-duration=1s",
            "egov.notification.circuit-breaker.half-open-calls=1",
            "egov.consumer.initial-backoff=200ms",
            "egov.consumer.max-backoff=1s",
            "egov.consumer.max-elapsed=5s"
        })
class ProviderOutageIT {

    private static final String AGENCY = "000.00.15.H17";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000 + (int) (Math.random() * 8000));

    static final OutboundPartners OUTBOUND = OutboundPartners.start();
    static final DossierServiceStub DOSSIER_SERVICE = OUTBOUND.dossierService();
    static final SandboxPartners PARTNERS = OUTBOUND.sandbox();

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        OUTBOUND.register(registry);
    }

    @AfterAll
    static void stopPartners() {
        OUTBOUND.close();
    }

    record Applicant(String dossierCode, String phone, String internationalPhone, String email) {
        static Applicant next(String mailbox) {
            int n = SEQUENCE.incrementAndGet();
            String subscriber = String.format("%06d", n);
            return new Applicant(
                    AGENCY + "-261123-" + n, "0906" + subscriber, "84906" + subscriber, mailbox + n + "@example.vn");
        }
    }

    @Test
    void smsThatFailedDuringAnOutageGoOutAsSoonAsTheGatewayAnswersAgain() throws Exception {
        Applicant first = Applicant.next("applicant");
        Applicant second = Applicant.next("applicant");
        Applicant later = Applicant.next("applicant");
        for (Applicant applicant : List.of(first, second, later)) {
            DOSSIER_SERVICE.contact(applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS"));
        }
        PARTNERS.failNextSms(2);
        try {
            publish(first);
            publish(second);
            // Both fail, which opens the SMS circuit; each would be tried again only in ten minutes.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(smsStatus(first)).isEqualTo("FAILED");
                assertThat(smsStatus(second)).isEqualTo("FAILED");
            });

            // The gateway is back: the next message is the circuit's trial, and its success closes the circuit.
            publish(later);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(PARTNERS.smsTo(later.internationalPhone())).hasSize(1);
                assertThat(PARTNERS.smsTo(first.internationalPhone())).hasSize(1);
                assertThat(PARTNERS.smsTo(second.internationalPhone())).hasSize(1);
            });
            assertThat(smsStatus(first)).isEqualTo("SENT");
            assertThat(smsStatus(second)).isEqualTo("SENT");
        } finally {
            PARTNERS.heal();
        }
    }

    @Test
    void smsThatFailedGoOutWhenTheGatewayIsBackEvenWithoutANewMessage() throws Exception {
        Applicant first = Applicant.next("applicant");
        Applicant second = Applicant.next("applicant");
        for (Applicant applicant : List.of(first, second)) {
            DOSSIER_SERVICE.contact(applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("SMS"));
        }
        PARTNERS.failNextSms(2);
        try {
            publish(first);
            publish(second);

            // The two failures open the circuit; once it half-opens by itself one of them is the trial, and its
            // success closes the circuit and brings the other one forward.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(PARTNERS.smsTo(first.internationalPhone())).hasSize(1);
                assertThat(PARTNERS.smsTo(second.internationalPhone())).hasSize(1);
            });
            assertThat(smsStatus(first)).isEqualTo("SENT");
            assertThat(smsStatus(second)).isEqualTo("SENT");
        } finally {
            PARTNERS.heal();
        }
    }

    @Test
    void anEmailSentWhileTheDatabaseCouldNotRecordItIsNotSentAgain() throws Exception {
        Applicant applicant = Applicant.next("record-fails-");
        DOSSIER_SERVICE.contact(applicant.dossierCode(), applicant.phone(), applicant.email(), List.of("EMAIL"));
        // A real failure of the real database, as a restarting PostgreSQL gives it: the first time the e-mail's
        // delivery is recorded as SENT, the connection "fails" (a sequence, so that the rollback does not undo it).
        jdbc.execute("create sequence if not exists record_fails");
        jdbc.execute(
                """
                create or replace function refuse_first_record() returns trigger language plpgsql as $$
                begin
                    if new.status = 'SENT' and old.status <> 'SENT' and new.recipient like 'record-fails-%'
                            and nextval('record_fails') = 1 then
                        raise exception using errcode = '08006', message = 'the database went away';
                    end if;
                    return new;
                end $$
                """);
        jdbc.execute("alter sequence record_fails restart");
        jdbc.execute("create trigger refuse_first_record before update on delivery for each row execute function"
                + " refuse_first_record()");
        try {
            publish(applicant);

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(emailStatus(applicant)).isEqualTo("SENT"));
            assertThat(jdbc.queryForObject("select last_value from record_fails", Long.class))
                    .as("the first record was refused")
                    .isGreaterThanOrEqualTo(2);
            assertThat(emailsTo(applicant.email())).hasSize(1);
        } finally {
            jdbc.execute("drop trigger if exists refuse_first_record on delivery");
        }
    }

    private String smsStatus(Applicant applicant) {
        return status(applicant, "SMS");
    }

    private String emailStatus(Applicant applicant) {
        return status(applicant, "EMAIL");
    }

    private String status(Applicant applicant, String channel) {
        List<String> statuses = jdbc.queryForList(
                "select status from delivery where dossier_code = ? and channel = ?",
                String.class,
                applicant.dossierCode(),
                channel);
        return statuses.isEmpty() ? "none" : statuses.get(0);
    }

    private static List<MimeMessage> emailsTo(String address) {
        return OUTBOUND.emailsTo(address);
    }

    private static void publish(Applicant applicant) throws Exception {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/egov/dossier-service"))
                .withType(DossierEvents.SUBMITTED.type())
                .withSubject(applicant.dossierCode())
                .withTime(OffsetDateTime.parse("2026-11-23T09:15:00+07:00"))
                .withDataSchema(DossierEvents.SUBMITTED.dataSchema())
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(DossierSubmittedExample.forDossier(applicant.dossierCode())))
                .build();
        try (KafkaProducer<String, byte[]> producer =
                TestInfrastructure.shared().kafkaProducer()) {
            producer.send(KafkaMessageFactory.createWriter(Topics.DOSSIER_EVENTS, event.getSubject())
                            .writeBinary(event))
                    .get();
        }
    }
}
