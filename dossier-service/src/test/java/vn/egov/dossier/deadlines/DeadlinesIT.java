package vn.egov.dossier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.Submissions.aSubmission;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
import vn.egov.contracts.payment.PaymentFailed;
import vn.egov.contracts.payment.PaymentRefunded;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.EventPublisher;
import vn.egov.dossier.EventSchemas;
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
        assertThat(EventSchemas.schema(type.schemaPath()).validate(data)).isEmpty();
        return data;
    }

    static java.util.function.Predicate<ConsumerRecord<String, byte[]>> event(String code, EventType type) {
        return r -> code.equals(KafkaTestConsumer.header(r, "ce_subject"))
                && type.type().equals(KafkaTestConsumer.header(r, "ce_type"));
    }

    CloudEvent paid(String eventId, String paymentId, long amount) {
        return EventPublisher.event(
                eventId,
                PaymentEvents.SUCCEEDED,
                code,
                new PaymentSucceeded(
                        paymentId,
                        code,
                        CatalogueStub.AGENCY,
                        "MOMO",
                        amount,
                        "BLDT-26E/0000001",
                        OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                        2));
    }

    /** Publishes a payment and waits until dossier-service has handled it. */
    void announce(CloudEvent event) {
        RecordMetadata record = EventPublisher.publish(Topics.PAYMENT_EVENTS, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> EventPublisher.consumed("dossier-service", record));
    }

    /** What payment-service reads before it creates a payment. */
    JsonNode fee() {
        DossierApi.Response response =
                api.get("/internal/dossiers/" + code + "/fee", IDENTITY.service("payment-service"));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
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

        @Test
        void aSucceededPaymentPublishedTwiceMovesTheDossierOnOnce() throws Exception {
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
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

                // The same event delivered again, and the same payment announced again under another event id (a
                // reconciliation), must change nothing.
                announce(event);
                announce(paid(UUID.randomUUID().toString(), paymentIdOf(event), 200000));
                JsonNode after = dossier();
                assertThat(after.get("status").asString()).isEqualTo("IN_PROCESSING");
                assertThat(after.get("paidPaymentId").asString()).isEqualTo(paymentIdOf(event));
                assertThat(history("PAYMENT_NOT_APPLIED")).isEmpty();
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

                // Paid: the fee is not payable any more, and a second request for it is refused.
                JsonNode fee = fee();
                assertThat(fee.get("payable").asBoolean()).isFalse();
                assertThat(fee.get("notPayableReason").asString()).isEqualTo("Hồ sơ đã được thanh toán");
                assertThat(fee.get("paidPaymentId").asString()).isEqualTo(paymentIdOf(event));
                DossierApi.Response again = act("request-payment", OFFICER, "");
                assertThat(again.status()).isEqualTo(409);
                assertThat(again.json().get("type").asString()).isEqualTo("https://egov.vn/problems/already-paid");
                assertThat(dossier().get("status").asString()).isEqualTo("IN_PROCESSING");
            }
        }

        @Test
        void thePaymentRequestSaysWhatIsOwed() {
            JsonNode dossier = dossier();
            assertThat(dossier.get("requestedAmount").isNull()).isTrue();
            assertThat(dossier.get("amountDue").asLong()).isEqualTo(200000);
            assertThat(dossier.get("history")
                            .get(dossier.get("history").size() - 1)
                            .get("reason")
                            .asString())
                    .isEqualTo("Số tiền phải nộp: 200.000 đồng (phí, lệ phí của thủ tục)");
            JsonNode fee = fee();
            assertThat(fee.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
            assertThat(fee.get("amount").asLong()).isEqualTo(200000);
            assertThat(fee.get("payable").asBoolean()).isTrue();
        }

        @Test
        void aFailedPaymentChangesNothing() {
            int entries = dossier().get("history").size();

            announce(EventPublisher.event(
                    UUID.randomUUID().toString(),
                    PaymentEvents.FAILED,
                    code,
                    new PaymentFailed(
                            UUID.randomUUID().toString(),
                            code,
                            CatalogueStub.AGENCY,
                            "NAPAS",
                            200000,
                            "EXPIRED",
                            OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                            3)));

            JsonNode dossier = dossier();
            assertThat(dossier.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
            assertThat(dossier.get("history")).hasSize(entries);
            assertThat(fee().get("payable").asBoolean()).isTrue();
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
                    .contains("150.000 đồng")
                    .contains("khác số tiền phải nộp 200.000 đồng");
            assertThat(fee().get("payable").asBoolean()).isTrue();
        }
    }

    static String paymentIdOf(CloudEvent event) {
        return DossierApi.JSON
                .readTree(event.getData().toBytes())
                .get("paymentId")
                .asString();
    }

    @Nested
    class StatedAmounts {

        @BeforeEach
        void inProcessing() {
            act("start-processing", OFFICER, "");
        }

        @Test
        void anOfficerStatesTheAmountAndOnlyThatAmountMovesTheDossierOn() {
            DossierApi.Response requested =
                    act("request-payment", OFFICER, "{\"amount\":350000,\"reason\":\"Phí thẩm định bổ sung\"}");

            assertThat(requested.status()).as(requested.body()).isEqualTo(200);
            assertThat(requested.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
            assertThat(requested.json().get("requestedAmount").asLong()).isEqualTo(350000);
            assertThat(requested.json().get("amountDue").asLong()).isEqualTo(350000);
            JsonNode history = requested.json().get("history");
            assertThat(history.get(history.size() - 1).get("reason").asString())
                    .isEqualTo("Số tiền phải nộp: 350.000 đồng. Phí thẩm định bổ sung");
            assertThat(fee().get("amount").asLong()).isEqualTo(350000);
            assertThat(fee().get("payable").asBoolean()).isTrue();

            announce(paid(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 200000));
            assertThat(dossier().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
            assertThat(history("PAYMENT_NOT_APPLIED")).singleElement().satisfies(entry -> assertThat(
                            entry.get("reason").asString())
                    .contains("khác số tiền phải nộp 350.000 đồng"));

            String paymentId = UUID.randomUUID().toString();
            announce(paid(UUID.randomUUID().toString(), paymentId, 350000));
            JsonNode dossier = dossier();
            assertThat(dossier.get("status").asString()).isEqualTo("IN_PROCESSING");
            assertThat(dossier.get("paidPaymentId").asString()).isEqualTo(paymentId);
            assertThat(fee().get("payable").asBoolean()).isFalse();
        }

        @Test
        void refusesAnAmountThatIsNotAWholePositiveNumberOfVndUpToOneBillion() {
            for (String amount : List.of("0", "-5", "1.5", "1000000001", "\"nhiều\"")) {
                DossierApi.Response response = act("request-payment", OFFICER, "{\"amount\":" + amount + "}");

                assertThat(response.status()).as(amount).isEqualTo(400);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.json().get("errors").findValuesAsString("field"))
                        .as(amount)
                        .containsExactly("amount");
            }
            assertThat(act("request-payment", OFFICER, "{\"amount\":1000000000}")
                            .json()
                            .get("amountDue")
                            .asLong())
                    .isEqualTo(1_000_000_000L);
        }

        @Test
        void refusesAnAmountWithAnotherAction() {
            DossierApi.Response response = act("approve", OFFICER, "{\"amount\":200000}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .containsExactly("amount");
            assertThat(dossier().get("status").asString()).isEqualTo("IN_PROCESSING");
        }

        @Test
        void asksForAnAmountWhenTheProcedureHasNoFee() {
            code = api.submit(
                            OWNER,
                            UUID.randomUUID().toString(),
                            aSubmission()
                                    .forProcedure(CatalogueStub.FREE_OF_CHARGE)
                                    .json())
                    .json()
                    .get("code")
                    .asString();
            act("accept", OFFICER, "");
            act("start-processing", OFFICER, "");

            DossierApi.Response refused = act("request-payment", OFFICER, "");

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("type").asString()).isEqualTo("https://egov.vn/problems/amount-required");
            assertThat(refused.json().get("detail").asString()).contains("state the amount");
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("amount");
            assertThat(dossier().get("status").asString()).isEqualTo("IN_PROCESSING");

            DossierApi.Response requested = act("request-payment", OFFICER, "{\"amount\":50000}");
            assertThat(requested.status()).isEqualTo(200);
            assertThat(fee().get("amount").asLong()).isEqualTo(50000);
            assertThat(fee().get("payable").asBoolean()).isTrue();
        }
    }

    @Nested
    class PaidRightAfterSubmission {

        @Test
        void isRecordedAsPaidWithoutChangingTheStatusAndALaterRequestIsRefused() {
            String paymentId = UUID.randomUUID().toString();

            announce(paid(UUID.randomUUID().toString(), paymentId, 200000));

            JsonNode dossier = dossier();
            assertThat(dossier.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(dossier.get("paused").asBoolean()).isFalse();
            assertThat(dossier.get("paidPaymentId").asString()).isEqualTo(paymentId);
            assertThat(history("PAYMENT_RECEIVED")).singleElement().satisfies(entry -> {
                assertThat(entry.get("from").asString()).isEqualTo("ACCEPTED");
                assertThat(entry.get("to").asString()).isEqualTo("ACCEPTED");
                assertThat(entry.get("role").asString()).isEqualTo("SERVICE");
                assertThat(entry.get("reason").asString())
                        .isEqualTo("Đã thanh toán 200.000 đồng qua MOMO (biên lai BLDT-26E/0000001, mã thanh toán "
                                + paymentId + ")");
            });
            JsonNode fee = fee();
            assertThat(fee.get("payable").asBoolean()).isFalse();
            assertThat(fee.get("notPayableReason").asString()).isEqualTo("Hồ sơ đã được thanh toán");
            assertThat(fee.get("paidPaymentId").asString()).isEqualTo(paymentId);

            act("start-processing", OFFICER, "");
            DossierApi.Response request = act("request-payment", OFFICER, "");
            assertThat(request.status()).isEqualTo(409);
            assertThat(request.json().get("type").asString()).isEqualTo("https://egov.vn/problems/already-paid");
            assertThat(dossier().get("status").asString()).isEqualTo("IN_PROCESSING");
        }

        @Test
        void aSecondPaymentIsNotAppliedAndTheOfficerSeesIt() {
            String first = UUID.randomUUID().toString();
            announce(paid(UUID.randomUUID().toString(), first, 200000));
            announce(paid(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 200000));

            assertThat(dossier().get("paidPaymentId").asString()).isEqualTo(first);
            assertThat(history("PAYMENT_RECEIVED")).hasSize(1);
            assertThat(history("PAYMENT_NOT_APPLIED")).singleElement().satisfies(entry -> assertThat(
                            entry.get("reason").asString())
                    .contains("đã được thanh toán (" + first + ")"));
        }

        @Test
        void aPaymentOfAnotherAmountIsNotApplied() {
            announce(paid(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 20000));

            assertThat(dossier().get("paidPaymentId").isNull()).isTrue();
            assertThat(history("PAYMENT_NOT_APPLIED")).hasSize(1);
            assertThat(fee().get("payable").asBoolean()).isTrue();
        }
    }

    @Nested
    class PaymentsInBatches {

        @Test
        void paymentsOfSeveralDossiersPublishedTogetherAreEachApplied() throws Exception {
            List<String> codes = new ArrayList<>(List.of(code));
            for (int i = 0; i < 4; i++) {
                codes.add(anotherAcceptedDossier());
            }
            List<String> paymentIds =
                    codes.stream().map(c -> UUID.randomUUID().toString()).toList();

            try (KafkaProducer<String, byte[]> producer =
                    TestInfrastructure.shared().kafkaProducer()) {
                for (int i = 0; i < codes.size(); i++) {
                    CloudEvent event = paidFor(codes.get(i), paymentIds.get(i));
                    producer.send(KafkaMessageFactory.createWriter(Topics.PAYMENT_EVENTS, codes.get(i))
                                    .writeBinary(event))
                            .get();
                }
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> codes.stream().allMatch(c -> paidPaymentOf(c) != null));
            for (int i = 0; i < codes.size(); i++) {
                assertThat(paidPaymentOf(codes.get(i))).isEqualTo(paymentIds.get(i));
            }
        }

        @Test
        void anUnreadableEventGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() throws Exception {
            String paymentId = UUID.randomUUID().toString();
            try (KafkaTestConsumer deadLetters = new KafkaTestConsumer(Topics.PAYMENT_EVENTS + ".dossier-service.dlt");
                    KafkaProducer<String, byte[]> producer =
                            TestInfrastructure.shared().kafkaProducer()) {
                // Same key, same partition: the unreadable record comes first.
                producer.send(new ProducerRecord<>(Topics.PAYMENT_EVENTS, code, "không phải CloudEvent".getBytes()))
                        .get();
                producer.send(KafkaMessageFactory.createWriter(Topics.PAYMENT_EVENTS, code)
                                .writeBinary(paidFor(code, paymentId)))
                        .get();

                await().atMost(Duration.ofSeconds(60)).until(() -> paymentId.equals(paidPaymentOf(code)));
                ConsumerRecord<String, byte[]> dead =
                        deadLetters.await(record -> code.equals(record.key()), Duration.ofSeconds(30));
                assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("không phải CloudEvent");
            }
        }

        private String anotherAcceptedDossier() {
            String another = api.submit(
                            OWNER, UUID.randomUUID().toString(), aSubmission().json())
                    .json()
                    .get("code")
                    .asString();
            assertThat(api.post("/api/dossiers/" + another + "/actions/accept", OFFICER, "")
                            .status())
                    .isEqualTo(200);
            return another;
        }

        private CloudEvent paidFor(String dossierCode, String paymentId) {
            return EventPublisher.event(
                    UUID.randomUUID().toString(),
                    PaymentEvents.SUCCEEDED,
                    dossierCode,
                    new PaymentSucceeded(
                            paymentId,
                            dossierCode,
                            CatalogueStub.AGENCY,
                            "MOMO",
                            200000,
                            "BLDT-26E/0000001",
                            OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                            2));
        }

        private String paidPaymentOf(String dossierCode) {
            JsonNode paid =
                    api.get("/api/dossiers/" + dossierCode, OFFICER).json().get("paidPaymentId");
            return paid == null || paid.isNull() ? null : paid.asString();
        }
    }

    @Nested
    class Refunds {

        @Test
        void aRefundIsWrittenIntoTheHistoryOncePerEvent() {
            String paymentId = UUID.randomUUID().toString();
            String refundId = UUID.randomUUID().toString();
            CloudEvent refund = EventPublisher.event(
                    UUID.randomUUID().toString(),
                    PaymentEvents.REFUNDED,
                    code,
                    new PaymentRefunded(
                            paymentId,
                            refundId,
                            code,
                            CatalogueStub.AGENCY,
                            "MOMO",
                            200000,
                            OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                            5));

            announce(refund);
            announce(refund);

            assertThat(history("PAYMENT_REFUNDED")).singleElement().satisfies(entry -> {
                assertThat(entry.get("reason").asString())
                        .isEqualTo("Đã hoàn trả 200.000 đồng qua MOMO (mã hoàn tiền " + refundId + ", mã thanh toán "
                                + paymentId + ")");
                assertThat(entry.get("actor").asString()).isEqualTo("payment-service");
            });
            assertThat(dossier().get("status").asString()).isEqualTo("ACCEPTED");
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
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
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
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
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
