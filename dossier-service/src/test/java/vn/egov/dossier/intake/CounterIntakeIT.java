package vn.egov.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.EventSchemas;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.dossier.calendar.WorkingCalendar;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;

class CounterIntakeIT extends IntegrationTestBase {

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String OFFICER = IDENTITY.officer("officer", CatalogueStub.AGENCY);

    @Autowired
    WorkingCalendar calendar;

    DossierApi.Response receive(String token, String key, String body) {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/dossiers/counter"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return new DossierApi.Response(java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFeeOfAWalkInDossierNamesNoCitizenAccount() {
        String code = receive(
                        OFFICER,
                        UUID.randomUUID().toString(),
                        aSubmission().with("delivery", "COUNTER").json())
                .json()
                .get("code")
                .asString();

        JsonNode fee = api.get("/internal/dossiers/" + code + "/fee", IDENTITY.service("payment-service"))
                .json();

        assertThat(fee.get("channel").asString()).isEqualTo("COUNTER");
        assertThat(fee.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(fee.get("ownerSubject").isNull()).isTrue();
        assertThat(fee.get("payable").asBoolean()).isTrue();
        assertThat(fee.get("payerName").asString()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void anOfficerReceivesAWalkInDossierAcceptedAtOnceWithTheFullStatutoryTime() throws Exception {
        try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
            DossierApi.Response response = receive(
                    OFFICER,
                    UUID.randomUUID().toString(),
                    aSubmission().with("delivery", "COUNTER").json());

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            JsonNode body = response.json();
            String code = body.get("code").asString();
            assertThat(body.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(body.get("processingDays").asInt()).isEqualTo(10);
            Instant submittedAt =
                    OffsetDateTime.parse(body.get("submittedAt").asString()).toInstant();
            assertThat(body.get("dueDate").asString())
                    .isEqualTo(calendar.deadlines().dueDate(submittedAt, 10, 16).toString());

            JsonNode dossier = api.get("/api/dossiers/" + code, OFFICER).json();
            assertThat(dossier.get("channel").asString()).isEqualTo("COUNTER");
            assertThat(dossier.get("history")).singleElement().satisfies(e -> {
                assertThat(e.get("to").asString()).isEqualTo("ACCEPTED");
                assertThat(e.get("actor").asString()).isEqualTo("officer");
            });
            assertThat(api.get("/api/public/dossiers/" + code + "?phone=0905123456", null)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("ACCEPTED");

            ConsumerRecord<String, byte[]> record =
                    events.await(KafkaTestConsumer.subject(code), Duration.ofSeconds(30));
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            assertThat(event.getType()).isEqualTo(DossierEvents.SUBMITTED.type());
            com.fasterxml.jackson.databind.JsonNode data =
                    new ObjectMapper().readTree(event.getData().toBytes());
            assertThat(EventSchemas.schema(DossierEvents.SUBMITTED.schemaPath()).validate(data))
                    .isEmpty();
            assertThat(data.get("channel").asText()).isEqualTo("COUNTER");
            assertThat(data.get("status").asText()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void theOfficerRecordsTheSupplementOfAWalkInApplicant() {
        String code = receive(
                        OFFICER, UUID.randomUUID().toString(), aSubmission().json())
                .json()
                .get("code")
                .asString();
        api.post("/api/dossiers/" + code + "/actions/request-supplement", OFFICER, "{\"missing\":[\"Tờ khai\"]}");

        DossierApi.Response supplied = api.post("/api/dossiers/" + code + "/actions/supplement", OFFICER, "");

        assertThat(supplied.status()).as(supplied.body()).isEqualTo(200);
        assertThat(supplied.json().get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void honoursTheIdempotencyKeyPerOfficer() {
        String key = UUID.randomUUID().toString();
        String body = aSubmission().json();
        int before = dossierCount();

        DossierApi.Response first = receive(OFFICER, key, body);
        DossierApi.Response replay = receive(OFFICER, key, body);
        DossierApi.Response reused = receive(
                OFFICER,
                key,
                aSubmission().withApplicant("fullName", "Trần Thị Bình").json());

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().get("code").asString())
                .isEqualTo(first.json().get("code").asString());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(dossierCount()).isEqualTo(before + 1);
        assertThat(receive(OFFICER, null, body).status()).isEqualTo(400);
    }

    @Test
    void onlyAnOfficerOfTheProceduresAgencyReceives() {
        int before = dossierCount();
        assertThat(receive(
                                IDENTITY.officer("other", "000.00.16.H17"),
                                UUID.randomUUID().toString(),
                                aSubmission().json())
                        .status())
                .isEqualTo(403);
        assertThat(receive(
                                IDENTITY.citizen("citizen"),
                                UUID.randomUUID().toString(),
                                aSubmission().json())
                        .status())
                .isEqualTo(403);
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void validatesTheBodyLikeAnOnlineSubmission() {
        DossierApi.Response response = receive(
                OFFICER,
                UUID.randomUUID().toString(),
                aSubmission().withApplicant("idNumber", "123").json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("applicant.idNumber");
    }
}
