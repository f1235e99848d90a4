package vn.egov.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.Submissions.aSubmission;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.egov.contracts.EventType;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.EventPublisher;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.dossier.calendar.Deadlines;
import vn.egov.dossier.calendar.WorkingCalendar;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;
import vn.egov.testsupport.TestInfrastructure;

class DeadlinesIT extends IntegrationTestBase {

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String OWNER = IDENTITY.citizen("citizen-deadlines");
    static final String OFFICER = IDENTITY.officer("officer", CatalogueStub.AGENCY);

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    FlagOverdueDossiers flagOverdueDossiers;

    @Autowired
    Clock clock;

    String code;

    @BeforeEach
    void anAcceptedDossier() {
        code = api.submit(OWNER, UUID.randomUUID().toString(), aSubmission().json())
                .json()
                .get("code")
                .asString();
        assertThat(act("accept", OFFICER, "").status()).isEqualTo(200);
    }

    DossierApi.Response act(String action, String token, String body) {
        return api.post("/api/dossiers/" + code + "/actions/" + action, token, body);
    }

    JsonNode dossier() {
        return api.get("/api/dossiers/" + code, OFFICER).json();
    }

    List<JsonNode> history(String kind) {
        return StreamSupport.stream(dossier().get("history").spliterator(), false)
                .filter(e -> e.get("kind").asString().equals(kind))
                .toList();
    }

    /** Moves the open pause's start back, as if it had been requested {@code days} calendar days ago. */
    void pauseStartedDaysAgo(int days) {
        jdbc.update(
                """
                update dossier_pause set started_at = started_at - make_interval(days => ?)
                where ended_at is null and dossier_id = (select id from dossier where code = ?)
                """,
                days,
                code);
    }

    static com.fasterxml.jackson.databind.JsonNode validData(ConsumerRecord<String, byte[]> record, EventType type)
            throws Exception {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        com.fasterxml.jackson.databind.JsonNode data =
                new ObjectMapper().readTree(event.getData().toBytes());
        assertThat(SubmitDossierIT.schema(type.schemaPath()).validate(data)).isEmpty();
        return data;
    }

    static java.util.function.Predicate<ConsumerRecord<String, byte[]>> event(String code, EventType type) {
        return r -> code.equals(KafkaTestConsumer.header(r, "ce_subject"))
                && type.type().equals(KafkaTestConsumer.header(r, "ce_type"));
    }

    @Nested
    class Pauses {

        @Test
        void aSupplementPausesTheClockAndTheDueDateMovesByThePausedWorkingDays() {
            LocalDate dueAtAcceptance = LocalDate.parse(dossier().get("dueDate").asString());
            act("request-supplement", OFFICER, "{\"missing\":[\"Tờ khai mẫu 03\"]}");
            JsonNode paused = dossier();
            assertThat(paused.get("paused").asBoolean()).isTrue();
            assertThat(paused.get("pauses").get(0).get("endedAt").isNull()).isTrue();
            pauseStartedDaysAgo(9);

            JsonNode resumed = act("supplement", OWNER, "").json();

            JsonNode pause = resumed.get("pauses").get(0);
            assertThat(pause.get("reason").asString()).isEqualTo("SUPPLEMENT");
            Instant start =
                    OffsetDateTime.parse(pause.get("startedAt").asString()).toInstant();
            Instant end = OffsetDateTime.parse(pause.get("endedAt").asString()).toInstant();
            Deadlines deadlines = calendar.deadlines();
            int expectedDays = deadlines.pausedDays(start, end, 16);
            assertThat(expectedDays).isGreaterThanOrEqualTo(4);
            assertThat(pause.get("workingDays").asInt()).isEqualTo(expectedDays);
            assertThat(resumed.get("paused").asBoolean()).isFalse();
            assertThat(LocalDate.parse(resumed.get("dueDate").asString()))
                    .isEqualTo(deadlines.extend(dueAtAcceptance, expectedDays))
                    .isAfter(dueAtAcceptance);
        }
    }

    @Nested
    class Payments {

        @BeforeEach
        void awaitingPayment() {
            act("start-processing", OFFICER, "");
            assertThat(act("request-payment", OFFICER, "").json().get("status").asString())
                    .isEqualTo("AWAITING_PAYMENT");
        }

        CloudEvent paid(String eventId, String paymentId, long amount) {
            return EventPublisher.event(
                    eventId,
                    PaymentEvents.SUCCEEDED,
                    code,
                    new PaymentSucceeded(
                            paymentId,
                            code,
                            "000.00.15.H17",
                            "MOMO",
                            amount,
                            "BLDT-26E/0000001",
                            OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                            2));
        }

        @Test
        void aSucceededPaymentPublishedTwiceMovesTheDossierOnOnce() throws Exception {
            try (KafkaTestConsumer events =
                    new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(), Topics.DOSSIER_EVENTS)) {
                pauseStartedDaysAgo(3);
                LocalDate dueBefore = LocalDate.parse(dossier().get("dueDate").asString());
                CloudEvent event =
                        paid(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 200000);
                EventPublisher.publish(Topics.PAYMENT_EVENTS, event);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> dossier().get("status").asString().equals("IN_PROCESSING"));
                ConsumerRecord<String, byte[]> received =
                        events.await(event(code, DossierEvents.PAYMENT_RECEIVED), Duration.ofSeconds(30));
                com.fasterxml.jackson.databind.JsonNode data = validData(received, DossierEvents.PAYMENT_RECEIVED);
                assertThat(data.get("previousStatus").asText()).isEqualTo("AWAITING_PAYMENT");
                JsonNode pause = dossier().get("pauses").get(0);
                assertThat(pause.get("reason").asString()).isEqualTo("PAYMENT");
                Instant start =
                        OffsetDateTime.parse(pause.get("startedAt").asString()).toInstant();
                Instant end =
                        OffsetDateTime.parse(pause.get("endedAt").asString()).toInstant();
                int pausedDays = calendar.deadlines().pausedDays(start, end, 16);
                assertThat(pausedDays).isPositive();
                assertThat(pause.get("workingDays").asInt()).isEqualTo(pausedDays);
                assertThat(data.get("dueDate").asText())
                        .isEqualTo(calendar.deadlines()
                                .extend(dueBefore, pausedDays)
                                .toString());

                // The same event delivered again while the dossier awaits a payment again must change nothing.
                act("request-payment", OFFICER, "");
                RecordMetadata again = EventPublisher.publish(Topics.PAYMENT_EVENTS, event);
                await().atMost(Duration.ofSeconds(30)).until(() -> EventPublisher.consumed("dossier-service", again));
                assertThat(dossier().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
                assertThat(events.all(event(code, DossierEvents.PAYMENT_RECEIVED), Duration.ofSeconds(1)))
                        .hasSize(1);
                assertThat(StreamSupport.stream(dossier().get("history").spliterator(), false)
                                .filter(e -> "AWAITING_PAYMENT"
                                                .equals(e.get("from").asString())
                                        && "IN_PROCESSING".equals(e.get("to").asString())))
                        .hasSize(1);
                assertThat(jdbc.queryForObject(
                                "select count(*) from processed_event where event_id = ?",
                                Integer.class,
                                event.getId()))
                        .isEqualTo(1);
            }
        }

        @Test
        void aPaymentWithAnotherAmountIsRecordedButLeavesTheDossierAwaitingPayment() {
            EventPublisher.publish(
                    Topics.PAYMENT_EVENTS,
                    paid(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 150000));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !history("PAYMENT_NOT_APPLIED").isEmpty());
            JsonNode dossier = dossier();
            assertThat(dossier.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
            assertThat(dossier.get("paused").asBoolean()).isTrue();
            assertThat(history("PAYMENT_NOT_APPLIED").get(0).get("reason").asString())
                    .contains("150000")
                    .contains("200000");
        }
    }

    @Nested
    class Overdue {

        @BeforeEach
        void dueThreeDaysAgo() {
            act("start-processing", OFFICER, "");
            jdbc.update(
                    "update dossier set due_date = ? where code = ?",
                    java.sql.Date.valueOf(LocalDate.now(clock).minusDays(3)),
                    code);
        }

        @Test
        void isFlaggedOnceAndPublishedOnceEvenWhenScansRunTogether() throws Exception {
            try (KafkaTestConsumer events =
                    new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(), Topics.DOSSIER_EVENTS)) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    Callable<Integer> scan = flagOverdueDossiers::run;
                    for (var result : pool.invokeAll(List.of(scan, scan))) {
                        result.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
                flagOverdueDossiers.run();

                assertThat(history("OVERDUE")).hasSize(1);
                ConsumerRecord<String, byte[]> record =
                        events.await(event(code, DossierEvents.OVERDUE), Duration.ofSeconds(30));
                com.fasterxml.jackson.databind.JsonNode data = validData(record, DossierEvents.OVERDUE);
                assertThat(data.get("dueDate").asText())
                        .isEqualTo(dossier().get("dueDate").asString());
                assertThat(events.all(event(code, DossierEvents.OVERDUE), Duration.ofSeconds(1)))
                        .hasSize(1);
                assertThat(dossier().get("overdue").asBoolean()).isTrue();
            }
        }

        @Test
        void anApologySetsANewDateButTheResultIsStillLate() throws Exception {
            String dueDate = dossier().get("dueDate").asString();
            LocalDate today = LocalDate.now(clock);
            LocalDate newDate = calendar.deadlines().extend(today, 3);
            LocalDate saturday = today.plusDays(14).with(java.time.DayOfWeek.SATURDAY);
            try (KafkaTestConsumer events =
                    new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(), Topics.DOSSIER_EVENTS)) {
                assertThat(apologise("Chờ xác minh", saturday).status()).isEqualTo(400);
                assertThat(apologise("Chờ xác minh", LocalDate.parse(dueDate)).status())
                        .isEqualTo(400);
                assertThat(apologise("", newDate)
                                .json()
                                .get("errors")
                                .get(0)
                                .get("field")
                                .asString())
                        .isEqualTo("reason");
                assertThat(api.post("/api/dossiers/" + code + "/apology", OWNER, body("Chờ", newDate))
                                .status())
                        .isEqualTo(403);
                assertThat(api.post(
                                        "/api/dossiers/" + code + "/apology",
                                        IDENTITY.officer("other", "000.00.16.H17"),
                                        body("Chờ", newDate))
                                .status())
                        .isEqualTo(404);

                DossierApi.Response apologised = apologise("Chờ kết quả xác minh của cơ quan công an", newDate);

                assertThat(apologised.status()).as(apologised.body()).isEqualTo(200);
                assertThat(apologised.json().get("dueDate").asString()).isEqualTo(dueDate);
                assertThat(apologised.json().get("rescheduledDueDate").asString())
                        .isEqualTo(newDate.toString());
                assertThat(history("APOLOGY")).singleElement().satisfies(entry -> assertThat(
                                entry.get("reason").asString())
                        .contains(newDate.toString())
                        .contains("Chờ kết quả xác minh"));
                com.fasterxml.jackson.databind.JsonNode data = validData(
                        events.await(event(code, DossierEvents.APOLOGY_ISSUED), Duration.ofSeconds(30)),
                        DossierEvents.APOLOGY_ISSUED);
                assertThat(data.get("dueDate").asText()).isEqualTo(dueDate);
                assertThat(data.get("newDueDate").asText()).isEqualTo(newDate.toString());

                JsonNode approved = act("approve", OFFICER, "").json();
                assertThat(approved.get("onTime").asBoolean()).isFalse();
            }
        }

        DossierApi.Response apologise(String reason, LocalDate newDueDate) {
            return api.post("/api/dossiers/" + code + "/apology", OFFICER, body(reason, newDueDate));
        }

        String body(String reason, LocalDate newDueDate) {
            return "{\"reason\":\"" + reason + "\",\"newDueDate\":\"" + newDueDate + "\"}";
        }
    }
}
