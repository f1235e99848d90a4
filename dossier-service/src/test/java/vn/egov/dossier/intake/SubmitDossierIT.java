package vn.egov.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.dossier.Submissions.aSubmission;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.EventSchemas;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.dossier.codes.DossierCodes;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;

class SubmitDossierIT extends IntegrationTestBase {

    @Autowired
    DossierCodes codes;

    @Autowired
    PlatformTransactionManager transactionManager;

    static final String CITIZEN = TestIdentity.shared().citizen("citizen");

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    @Nested
    class Submission {

        @Test
        void answers201WithTheCodeAndPublishesASchemaValidSubmittedEvent() throws Exception {
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
                DossierApi.Response response =
                        api.submit(CITIZEN, newKey(), aSubmission().json());

                assertThat(response.status()).as(response.body()).isEqualTo(201);
                JsonNode body = response.json();
                String code = body.get("code").asString();
                assertThat(code).matches("000\\.00\\.15\\.H17-\\d{6}-\\d{4,}");
                assertThat(response.header("Location")).isEqualTo("/api/dossiers/" + code);
                assertThat(body.get("status").asString()).isEqualTo("NEW");
                assertThat(body.get("statusCode").asInt()).isEqualTo(1);
                assertThat(body.get("dueDate").isNull()).isTrue();
                assertThat(body.get("submittedAt").asString()).endsWith("+07:00");
                assertThat(body.get("processingDays").asInt()).isEqualTo(5);

                ConsumerRecord<String, byte[]> record =
                        events.await(KafkaTestConsumer.subject(code), Duration.ofSeconds(30));
                CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                assertThat(record.key()).isEqualTo(code);
                assertThat(KafkaTestConsumer.header(record, "ce_type")).isEqualTo("vn.egov.dossier.submitted");
                assertThat(event.getSubject()).isEqualTo(code);
                assertThat(event.getDataSchema()).isEqualTo(DossierEvents.SUBMITTED.dataSchema());

                com.fasterxml.jackson.databind.JsonNode data =
                        new ObjectMapper().readTree(event.getData().toBytes());
                assertThat(EventSchemas.schema(DossierEvents.SUBMITTED.schemaPath())
                                .validate(data))
                        .isEmpty();
                assertThat(data.get("dossierCode").asText()).isEqualTo(code);
                assertThat(data.get("procedureVersion").asInt()).isEqualTo(3);
                assertThat(data.get("feeAmount").asLong()).isEqualTo(200000);
                assertThat(data.get("aggregateVersion").asLong()).isZero();
                assertThat(new String(event.getData().toBytes()))
                        .doesNotContain("Nguyễn Văn An", "048090001234", "905123456", "an.nguyen");
            }
        }

        @Test
        void storesTheNormalisedPhoneAndTheHistoryEntry() {
            String code = api.submit(CITIZEN, newKey(), aSubmission().json())
                    .json()
                    .get("code")
                    .asString();

            JsonNode dossier = api.get("/api/dossiers/" + code, CITIZEN).json();

            assertThat(dossier.get("applicant").get("phone").asString()).isEqualTo("+84905123456");
            assertThat(dossier.get("history")).hasSize(1);
            assertThat(dossier.get("history").get(0).get("to").asString()).isEqualTo("NEW");
            assertThat(dossier.get("history").get(0).get("actor").asString()).isEqualTo("citizen");
            assertThat(dossier.get("procedure").get("name").asString())
                    .isEqualTo("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        }

        @Test
        void givesTwentyParallelSubmissionsTwentyDifferentCodes() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Callable<DossierApi.Response>> submissions = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    submissions.add(
                            () -> api.submit(CITIZEN, newKey(), aSubmission().json()));
                }
                List<DossierApi.Response> responses = new ArrayList<>();
                for (Future<DossierApi.Response> future : pool.invokeAll(submissions)) {
                    responses.add(future.get());
                }

                assertThat(responses)
                        .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
                Set<String> codes = responses.stream()
                        .map(r -> r.json().get("code").asString())
                        .collect(Collectors.toSet());
                assertThat(codes).hasSize(20);
                // Codes are taken outside the submissions' transactions (ADR 0006): without failures, no gaps.
                List<Integer> numbers = codes.stream()
                        .map(code -> Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)))
                        .sorted()
                        .toList();
                assertThat(numbers.get(19) - numbers.get(0)).isEqualTo(19);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void refusesToTakeACodeInsideATransactionThatWouldHoldTheAgencysCounterLocked() {
            TransactionTemplate transaction = new TransactionTemplate(transactionManager);

            assertThatThrownBy(() -> transaction.executeWithoutResult(
                            tx -> codes.next("000.00.15.H17", LocalDate.of(2020, 1, 2))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) from dossier_sequence where agency_code = ? and day = ?",
                            Integer.class,
                            "000.00.15.H17",
                            java.sql.Date.valueOf(LocalDate.of(2020, 1, 2))))
                    .isZero();
        }
    }

    @Nested
    class Idempotency {

        @Test
        void replaysTheSameAnswerForTheSameKeyAndBodyWithoutASecondDossier() {
            String key = newKey();
            DossierApi.Response first = api.submit(CITIZEN, key, aSubmission().json());
            int count = dossierCount();

            DossierApi.Response again = api.submit(CITIZEN, key, aSubmission().json());

            assertThat(again.status()).isEqualTo(201);
            assertThat(again.json()).isEqualTo(first.json());
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(dossierCount()).isEqualTo(count);
        }

        @Test
        void answersParallelRetriesOfOneSubmissionWithOneDossierAndTheSameReceipt() throws Exception {
            // The procedure cached first: this is about the key, not about eight cold catalogue calls to the stub.
            assertThat(api.submit(CITIZEN, newKey(), aSubmission().json()).status())
                    .isEqualTo(201);
            String key = newKey();
            String body = aSubmission().json();
            int count = dossierCount();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<DossierApi.Response>> retries = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    retries.add(() -> api.submit(CITIZEN, key, body));
                }
                List<DossierApi.Response> responses = new ArrayList<>();
                for (Future<DossierApi.Response> future : pool.invokeAll(retries)) {
                    responses.add(future.get());
                }

                assertThat(responses)
                        .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
                assertThat(responses.stream().map(DossierApi.Response::json).distinct())
                        .hasSize(1);
                assertThat(dossierCount()).isEqualTo(count + 1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void refusesTheSameKeyWithAnotherBodyWith422() {
            String key = newKey();
            api.submit(CITIZEN, key, aSubmission().json());
            int count = dossierCount();

            DossierApi.Response other = api.submit(
                    CITIZEN, key, aSubmission().with("delivery", "POSTAL").json());

            assertThat(other.status()).isEqualTo(422);
            assertThat(other.header("Content-Type")).startsWith("application/problem+json");
            assertThat(other.json().get("type").asString())
                    .isEqualTo("https://egov.vn/problems/idempotency-key-reused");
            assertThat(dossierCount()).isEqualTo(count);
        }

        @Test
        void requiresAnIdempotencyKey() {
            int count = dossierCount();

            DossierApi.Response response =
                    api.submit(CITIZEN, null, aSubmission().json());

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("Idempotency-Key");
            assertThat(dossierCount()).isEqualTo(count);
        }
    }

    @Nested
    class Validation {

        @Test
        void namesAnIdNumberThatIsNotTwelveDigits() {
            assertRefused(aSubmission().withApplicant("idNumber", "12345").json(), "applicant.idNumber");
        }

        @Test
        void namesAPhoneThatIsNotAVietnameseMobile() {
            assertRefused(aSubmission().withApplicant("phone", "0236 3822 222").json(), "applicant.phone");
        }

        @Test
        void namesAMissingFullName() {
            assertRefused(aSubmission().withApplicant("fullName", " ").json(), "applicant.fullName");
        }

        @Test
        void namesAnEmptyNotifyList() {
            assertRefused(aSubmission().notifyOn().json(), "notify");
        }

        @Test
        void namesAnUnknownNotifyChannel() {
            assertRefused(aSubmission().notifyOn("FAX").json(), "notify");
        }

        @Test
        void namesAMissingDelivery() {
            assertRefused(aSubmission().without("delivery").json(), "delivery");
        }

        @Test
        void namesADeliveryTheProcedureDoesNotOffer() {
            assertRefused(
                    aSubmission()
                            .forProcedure(CatalogueStub.COUNTER_ONLY)
                            .with("delivery", "POSTAL")
                            .json(),
                    "delivery");
        }

        @Test
        void refusesToReceiveOnlineAProcedureBelowLevelThree() {
            assertRefused(
                    aSubmission()
                            .forProcedure(CatalogueStub.NOT_ONLINE)
                            .with("delivery", "COUNTER")
                            .json(),
                    "procedureCode");
        }

        @Test
        void namesAnUnknownProcedure() {
            assertRefused(aSubmission().forProcedure("9.999999").json(), "procedureCode");
        }

        @Test
        void refusesACallerWhoIsNotACitizen() {
            int count = dossierCount();
            DossierApi.Response response = api.submit(
                    TestIdentity.shared().officer("officer", CatalogueStub.AGENCY),
                    newKey(),
                    aSubmission().json());
            assertThat(response.status()).isEqualTo(403);
            assertThat(dossierCount()).isEqualTo(count);
        }

        private void assertRefused(String body, String field) {
            int count = dossierCount();
            int keys = jdbc.queryForObject("select count(*) from submission_key", Integer.class);

            DossierApi.Response response = api.submit(CITIZEN, newKey(), body);

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            List<String> fields = new ArrayList<>();
            response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).as(response.body()).anyMatch(f -> f.startsWith(field));
            assertThat(dossierCount()).isEqualTo(count);
            assertThat(jdbc.queryForObject("select count(*) from submission_key", Integer.class))
                    .isEqualTo(keys);
        }
    }

    @Nested
    class CatalogueOutage {

        @Test
        void answers503FastWithRetryAfterWhenTheCatalogueIsStopped() {
            CatalogueStub.shared().stop();
            int count = dossierCount();

            Instant start = Instant.now();
            DossierApi.Response response =
                    api.submit(CITIZEN, newKey(), aSubmission().json());

            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().get("type").asString())
                    .isEqualTo("https://egov.vn/problems/catalogue-unavailable");
            assertThat(response.header("Retry-After")).isNotNull();
            assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
            assertThat(dossierCount()).isEqualTo(count);
        }

        @Test
        void retriesA500ThenOpensTheCircuitAndStopsCallingTheCatalogue() {
            CatalogueStub.shared().failing(true);
            int before = CatalogueStub.shared().requests();

            DossierApi.Response first =
                    api.submit(CITIZEN, newKey(), aSubmission().json());

            assertThat(first.status()).isEqualTo(503);
            assertThat(CatalogueStub.shared().requests() - before)
                    .as("attempts")
                    .isEqualTo(3);

            api.submit(CITIZEN, newKey(), aSubmission().json());
            assertThat(catalogue.circuitBreaker().getState().name()).isEqualTo("OPEN");
            int whenOpened = CatalogueStub.shared().requests();

            Instant start = Instant.now();
            DossierApi.Response whileOpen =
                    api.submit(CITIZEN, newKey(), aSubmission().json());

            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(1));
            assertThat(whileOpen.status()).isEqualTo(503);
            assertThat(whileOpen.header("Retry-After")).isEqualTo("5");
            assertThat(CatalogueStub.shared().requests()).isEqualTo(whenOpened);
        }

        @Test
        void doesNotRetryOrCountANotFound() {
            int before = CatalogueStub.shared().requests();
            for (int i = 0; i < 6; i++) {
                assertThat(api.submit(
                                        CITIZEN,
                                        newKey(),
                                        aSubmission()
                                                .forProcedure("9.99999" + i)
                                                .json())
                                .status())
                        .isEqualTo(400);
            }
            assertThat(CatalogueStub.shared().requests() - before).isEqualTo(6);
            assertThat(catalogue.circuitBreaker().getState().name()).isEqualTo("CLOSED");
        }
    }
}
