package vn.egov.catalogue.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.catalogue.procedure.ProcedureFixtures.aProcedure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.CatalogueApi.Reply;
import vn.egov.catalogue.IntegrationTestBase;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.testsupport.TestInfrastructure;

/** Dossier events drive the promotion rules: real Kafka, real CloudEvents records as dossier-service sends them. */
class PromotionIT extends IntegrationTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LAST_YEAR =
            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;

    @Test
    void aProcedureWithFiftyDossiersLastYearMayGoToLevelThree() {
        api.post(
                "/api/catalogue/procedures",
                admin(),
                aProcedure("8.000201").atLevel(2).body());
        send("8.000201", 2, "COUNTER", 50);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        eligibility("8.000201").get("dossiers").asLong())
                .isEqualTo(50));
        JsonNode eligibility = eligibility("8.000201");
        assertThat(eligibility.get("eligibleLevel").asInt()).isEqualTo(3);
        assertThat(api.get("/api/catalogue/promotion-candidates")
                        .body()
                        .get("items")
                        .valueStream()
                        .map(c -> c.get("procedureCode").asString()))
                .contains("8.000201");

        Reply raised =
                api.post("/api/catalogue/procedures/8.000201/level", admin(), Map.of("version", 1, "serviceLevel", 3));
        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.body().get("serviceLevel").asInt()).isEqualTo(3);
        assertThat(raised.body().get("onlineMode").asString()).isEqualTo("PARTIAL");
        assertThat(api.get("/api/catalogue/procedures/8.000201/versions/1")
                        .body()
                        .get("serviceLevel")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void raisingAgainstTheRulesIsRefusedUnlessForcedWithAJustification() {
        api.post(
                "/api/catalogue/procedures",
                admin(),
                aProcedure("8.000202").atLevel(2).body());
        send("8.000202", 2, "COUNTER", 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        eligibility("8.000202").get("dossiers").asLong())
                .isEqualTo(3));

        Reply refused =
                api.post("/api/catalogue/procedures/8.000202/level", admin(), Map.of("version", 1, "serviceLevel", 3));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://egov.vn/problems/promotion-rule-not-met");
        assertThat(refused.body().get("detail").asString()).contains("at least 50 dossiers");

        Reply noReason = api.post(
                "/api/catalogue/procedures/8.000202/level",
                admin(),
                Map.of("version", 1, "serviceLevel", 3, "force", true));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("justification");

        Reply forced = api.post(
                "/api/catalogue/procedures/8.000202/level",
                admin(),
                Map.of("version", 1, "serviceLevel", 3, "force", true, "justification", "Chỉ đạo của UBND thành phố"));
        assertThat(forced.status()).isEqualTo(200);
        JsonNode trail = api.get("/api/catalogue/admin/procedures/8.000202/audit", admin())
                .body()
                .get("items");
        JsonNode change = trail.get(trail.size() - 1);
        assertThat(change.get("action").asString()).isEqualTo("LEVEL_CHANGED");
        assertThat(change.get("details").get("forced").asBoolean()).isTrue();
        assertThat(change.get("details").get("justification").asString()).isEqualTo("Chỉ đạo của UBND thành phố");
    }

    @Test
    void levelFourNeedsThirtyPercentOnlineAtLevelThreeAndCountsEachEventOnce() {
        api.post(
                "/api/catalogue/procedures",
                admin(),
                aProcedure("8.000203").atLevel(3).body());
        send("8.000203", 3, "COUNTER", 7);
        String duplicateId = UUID.randomUUID().toString();
        send("8.000203", 3, "ONLINE", 3, duplicateId);
        send("8.000203", 3, "ONLINE", 1, duplicateId); // redelivery of the same CloudEvent id
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        eligibility("8.000203").get("dossiers").asLong())
                .isEqualTo(8));
        JsonNode eligibility = eligibility("8.000203");
        // the first 3-event batch shares one id too, so only one of them counts: 7 counter + 1 online
        assertThat(eligibility.get("onlineLevel3Dossiers").asLong()).isEqualTo(1);
        assertThat(eligibility.get("eligibleLevel").isNull()).isTrue();

        send("8.000203", 3, "ONLINE", 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        eligibility("8.000203").get("eligibleLevel").asInt())
                .isEqualTo(4)); // 3 of 10 = 30%
    }

    private JsonNode eligibility(String code) {
        return api.get("/api/catalogue/procedures/" + code + "/eligibility").body();
    }

    private void send(String procedureCode, int level, String channel, int count) {
        for (int i = 0; i < count; i++) {
            send(procedureCode, level, channel, 1, UUID.randomUUID().toString());
        }
    }

    /** Sends {@code count} records that all carry the CloudEvents id {@code id}. */
    private void send(String procedureCode, int level, String channel, int count, String id) {
        try (KafkaProducer<String, byte[]> producer =
                TestInfrastructure.shared().kafkaProducer()) {
            for (int i = 0; i < count; i++) {
                String dossierCode = String.format("000.00.15.H17-%s-%04d", "250310", (int) (Math.random() * 9999));
                DossierSubmitted data = new DossierSubmitted(
                        dossierCode,
                        procedureCode,
                        1,
                        "000.00.15.H17",
                        "CITY",
                        level,
                        channel,
                        "NEW",
                        1,
                        0,
                        OffsetDateTime.of(LAST_YEAR, 3, 10, 9, 0, 0, 0, java.time.ZoneOffset.ofHours(7)),
                        0);
                ProducerRecord<String, byte[]> record =
                        new ProducerRecord<>(Topics.DOSSIER_EVENTS, dossierCode, JSON.writeValueAsBytes(data));
                header(record, "ce_id", id);
                header(record, "ce_specversion", "1.0");
                header(record, "ce_type", DossierEvents.SUBMITTED.type());
                header(record, "ce_source", "/egov/dossier-service");
                header(record, "ce_subject", dossierCode);
                header(record, "content-type", "application/json");
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
