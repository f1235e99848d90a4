package vn.egov.dossier.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.contracts.EventType;
import vn.egov.contracts.EventTypes;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.EventSchemas;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;

class WorkflowIT extends IntegrationTestBase {

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String OWNER = IDENTITY.citizen("citizen-workflow");
    static final String OFFICER = IDENTITY.officer("officer", CatalogueStub.AGENCY);

    String code;

    @BeforeEach
    void aNewDossier() {
        code = api.submit(OWNER, UUID.randomUUID().toString(), aSubmission().json())
                .json()
                .get("code")
                .asString();
    }

    DossierApi.Response act(String action, String token, String body) {
        return api.post("/api/dossiers/" + code + "/actions/" + action, token, body);
    }

    @Nested
    class Contract {

        /** Every event a dossier emits on its way, whatever the path, matches the JSON Schema of its type. */
        @Test
        void everyEmittedEventMatchesTheSchemaOfItsType() throws Exception {
            String refused = newDossier();
            String withdrawn = newDossier();
            String returned = newDossier();
            String stopped = newDossier();
            List<String[]> steps = List.of(
                    new String[] {code, "accept", OFFICER, ""},
                    new String[] {code, "request-supplement", OFFICER, "{\"missing\":[\"Bản sao CCCD\"]}"},
                    new String[] {code, "supplement", OWNER, ""},
                    new String[] {code, "start-processing", OFFICER, ""},
                    new String[] {code, "request-payment", OFFICER, ""},
                    new String[] {refused, "refuse", OFFICER, "{\"reason\":\"Không thuộc thẩm quyền\"}"},
                    new String[] {withdrawn, "withdraw", OWNER, "{\"reason\":\"Nộp nhầm thủ tục\"}"},
                    new String[] {returned, "accept", OFFICER, ""},
                    new String[] {returned, "start-processing", OFFICER, ""},
                    new String[] {returned, "approve", OFFICER, ""},
                    new String[] {returned, "return-result", OFFICER, ""},
                    new String[] {stopped, "accept", OFFICER, ""},
                    new String[] {stopped, "stop", OFFICER, "{\"reason\":\"Người nộp đề nghị dừng\"}"});
            for (String[] step : steps) {
                DossierApi.Response response =
                        api.post("/api/dossiers/" + step[0] + "/actions/" + step[1], step[2], step[3]);
                assertThat(response.status())
                        .as(step[1] + ": " + response.body())
                        .isEqualTo(200);
            }

            List<String> codes = List.of(code, refused, withdrawn, returned, stopped);
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
                // 5 submissions + 13 transitions
                org.awaitility.Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> events.all(r -> codes.contains(r.key()), Duration.ofMillis(300))
                                        .size()
                                >= 18);
                List<ConsumerRecord<String, byte[]>> emitted =
                        events.all(r -> codes.contains(r.key()), Duration.ofMillis(300));
                java.util.Set<String> types = new java.util.TreeSet<>();
                for (ConsumerRecord<String, byte[]> record : emitted) {
                    CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                    EventType type = EventTypes.byType(event.getType())
                            .orElseThrow(() -> new AssertionError("unknown event type " + event.getType()));
                    assertThat(event.getDataSchema()).isEqualTo(type.dataSchema());
                    com.fasterxml.jackson.databind.JsonNode data =
                            new ObjectMapper().readTree(event.getData().toBytes());
                    assertThat(EventSchemas.schema(type.schemaPath()).validate(data))
                            .as("%s %s", event.getType(), data)
                            .isEmpty();
                    types.add(event.getType());
                }
                assertThat(types)
                        .contains(
                                "vn.egov.dossier.submitted",
                                "vn.egov.dossier.accepted",
                                "vn.egov.dossier.supplement-requested",
                                "vn.egov.dossier.supplemented",
                                "vn.egov.dossier.processing-started",
                                "vn.egov.dossier.payment-requested",
                                "vn.egov.dossier.not-accepted",
                                "vn.egov.dossier.withdrawn",
                                "vn.egov.dossier.processed",
                                "vn.egov.dossier.result-returned",
                                "vn.egov.dossier.stopped");
            }
        }

        private String newDossier() {
            return api.submit(OWNER, UUID.randomUUID().toString(), aSubmission().json())
                    .json()
                    .get("code")
                    .asString();
        }
    }

    @Nested
    class Transitions {

        @Test
        void acceptSetsTheDueDateWritesHistoryAndPublishesASchemaValidEvent() throws Exception {
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
                DossierApi.Response response = act("accept", OFFICER, "");

                assertThat(response.status()).as(response.body()).isEqualTo(200);
                JsonNode dossier = response.json();
                assertThat(dossier.get("status").asString()).isEqualTo("ACCEPTED");
                assertThat(dossier.get("statusCode").asInt()).isEqualTo(2);
                assertThat(dossier.get("dueDate").isNull()).isFalse();
                assertThat(dossier.get("history")).hasSize(2);
                assertThat(dossier.get("history").get(1).get("actor").asString())
                        .isEqualTo("officer");
                assertThat(dossier.get("history").get(1).get("role").asString()).isEqualTo("OFFICER");

                ConsumerRecord<String, byte[]> record = events.await(
                        r -> code.equals(KafkaTestConsumer.header(r, "ce_subject"))
                                && "vn.egov.dossier.accepted".equals(KafkaTestConsumer.header(r, "ce_type")),
                        Duration.ofSeconds(30));
                CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                com.fasterxml.jackson.databind.JsonNode data =
                        new ObjectMapper().readTree(event.getData().toBytes());
                assertThat(EventSchemas.schema(DossierEvents.ACCEPTED.schemaPath())
                                .validate(data))
                        .isEmpty();
                assertThat(data.get("dueDate").asText())
                        .isEqualTo(dossier.get("dueDate").asString());
                assertThat(data.get("previousStatus").asText()).isEqualTo("NEW");
                assertThat(data.get("aggregateVersion").asLong()).isEqualTo(1);
            }
        }

        @Test
        void runsFromAcceptanceToTheReturnedResult() {
            for (String action : List.of("accept", "start-processing", "approve", "return-result")) {
                assertThat(act(action, OFFICER, "").status()).as(action).isEqualTo(200);
            }
            JsonNode dossier = api.get("/api/dossiers/" + code, OWNER).json();
            assertThat(dossier.get("status").asString()).isEqualTo("RESULT_RETURNED");
            assertThat(dossier.get("statusCode").asInt()).isEqualTo(10);
            assertThat(dossier.get("history")).hasSize(5);
        }

        @Test
        void supplementRequestNeedsTheMissingListAndTheOwnerSupplies() {
            assertThat(act("request-supplement", OFFICER, "{}").status()).isEqualTo(400);

            var requested = act("request-supplement", OFFICER, "{\"missing\":[\"Tờ khai mẫu 03\"]}");
            assertThat(requested.json().get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
            assertThat(requested.json().get("history").get(1).get("reason").asString())
                    .isEqualTo("Tờ khai mẫu 03");

            var supplied = act("supplement", OWNER, "");
            assertThat(supplied.status()).isEqualTo(200);
            assertThat(supplied.json().get("status").asString()).isEqualTo("NEW");
        }

        @Test
        void refuseRequiresAReason() {
            var missing = act("refuse", OFFICER, "{}");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("reason");

            var refused = act("refuse", OFFICER, "{\"reason\":\"Không thuộc thẩm quyền\"}");
            assertThat(refused.json().get("status").asString()).isEqualTo("NOT_ACCEPTED");
        }

        @Test
        void anIllegalTransitionIs409AndLeavesTheDossierAsItWas() {
            var response = act("approve", OFFICER, "");

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().get("type").asString()).isEqualTo("https://egov.vn/problems/illegal-transition");
            assertThat(response.json().get("status").asInt()).isEqualTo(409);
            assertThat(response.json().get("dossierStatus").asString()).isEqualTo("NEW");
            JsonNode dossier = api.get("/api/dossiers/" + code, OWNER).json();
            assertThat(dossier.get("status").asString()).isEqualTo("NEW");
            assertThat(dossier.get("history")).hasSize(1);
        }

        @Test
        void ofTwoConcurrentActionsExactlyOneWinsAndTheOtherGets409() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> accept = () -> act("accept", OFFICER, "").status();
                Callable<Integer> refuse =
                        () -> act("refuse", OFFICER, "{\"reason\":\"Sai mẫu\"}").status();
                var results = pool.invokeAll(List.of(accept, refuse));
                List<Integer> statuses =
                        List.of(results.get(0).get(), results.get(1).get());

                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                JsonNode dossier = api.get("/api/dossiers/" + code, OWNER).json();
                assertThat(dossier.get("history")).hasSize(2);
                assertThat(dossier.get("version").asLong()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Roles {

        @Test
        void theOwnerCannotAcceptTheirOwnDossier() {
            assertThat(act("accept", OWNER, "").status()).isEqualTo(403);
        }

        @Test
        void anOfficerCannotWithdrawForTheApplicant() {
            assertThat(act("withdraw", OFFICER, "").status()).isEqualTo(403);
        }

        @Test
        void anOfficerOfAnotherAgencyDoesNotSeeTheDossier() {
            assertThat(act("accept", IDENTITY.officer("other", "000.00.16.H17"), "")
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void theOwnerWithdraws() {
            var response = act("withdraw", OWNER, "{\"reason\":\"Không còn nhu cầu\"}");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(response.json().get("statusCode").asInt()).isEqualTo(7);
        }
    }

    @Nested
    class Lists {

        @Test
        void anOfficerSeesTheAgencyInboxFilteredByStatus() {
            act("accept", OFFICER, "");

            JsonNode accepted =
                    api.get("/api/dossiers?status=ACCEPTED&size=100", OFFICER).json();

            assertThat(accepted.get("items").findValuesAsString("code")).contains(code);
            assertThat(accepted.get("items").findValuesAsString("status")).containsOnly("ACCEPTED");
            JsonNode newOnes =
                    api.get("/api/dossiers?status=NEW&size=100", OFFICER).json();
            assertThat(newOnes.get("items").findValuesAsString("code")).doesNotContain(code);
        }

        @Test
        void aCitizenSeesOnlyTheirOwnDossiersPageByPage() {
            String stranger = IDENTITY.citizen("citizen-" + UUID.randomUUID());
            for (int i = 0; i < 3; i++) {
                api.submit(stranger, UUID.randomUUID().toString(), aSubmission().json());
            }

            JsonNode first = api.get("/api/dossiers?page=0&size=2", stranger).json();
            JsonNode second = api.get("/api/dossiers?page=1&size=2", stranger).json();

            assertThat(first.get("page").get("totalItems").asLong()).isEqualTo(3);
            assertThat(first.get("items")).hasSize(2);
            assertThat(second.get("items")).hasSize(1);
            assertThat(first.get("items").findValuesAsString("code")).doesNotContain(code);
        }
    }
}
