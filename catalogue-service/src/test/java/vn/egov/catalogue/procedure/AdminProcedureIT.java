package vn.egov.catalogue.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.catalogue.procedure.ProcedureFixtures.aProcedure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.CatalogueApi.Reply;
import vn.egov.catalogue.IntegrationTestBase;
import vn.egov.contracts.Topics;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;

class AdminProcedureIT extends IntegrationTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void createsPublishesAndKeepsOldVersionsUnchanged() {
        Reply created = api.post(
                "/api/catalogue/procedures", admin(), aProcedure("8.000001").body());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("version").asInt()).isEqualTo(1);
        assertThat(created.body().get("documents").get(1).get("code").asString())
                .isEqualTo("TP2");
        assertThat(created.body().get("onlineProcessingDays").asInt()).isEqualTo(4); // ceil(7 × 0.5)

        Reply published = api.post(
                "/api/catalogue/procedures/8.000001/versions",
                admin(),
                aProcedure("8.000001")
                        .with("processingDays", 5)
                        .with("fees", List.of(Map.of("description", "Lệ phí mới", "amount", 70_000)))
                        .effectiveFrom(TODAY.plusDays(30))
                        .readVersion(1)
                        .body());
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.body().get("version").asInt()).isEqualTo(2);

        JsonNode current = api.get("/api/catalogue/procedures/8.000001").body();
        assertThat(current.get("version").asInt()).isEqualTo(1);
        assertThat(current.get("feeTotal").asLong()).isEqualTo(50_000);
        assertThat(current.get("latestVersion").asInt()).isEqualTo(2);
        JsonNode future =
                api.get("/api/catalogue/procedures/8.000001/versions/2").body();
        assertThat(future.get("feeTotal").asLong()).isEqualTo(70_000);
        assertThat(future.get("effectiveFrom").asString())
                .isEqualTo(TODAY.plusDays(30).toString());
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedVersion() {
        api.post("/api/catalogue/procedures", admin(), aProcedure("8.000002").body());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "update procedure_version set processing_days = 99 where procedure_code = '8.000002'"))
                .hasMessageContaining("immutable");
    }

    @Test
    void refusesAStaleVersionWith409AndChangesNothing() {
        api.post("/api/catalogue/procedures", admin(), aProcedure("8.000003").body());
        api.post(
                "/api/catalogue/procedures/8.000003/versions",
                admin(),
                aProcedure("8.000003")
                        .effectiveFrom(TODAY.plusDays(1))
                        .readVersion(1)
                        .body());

        Reply stale = api.post(
                "/api/catalogue/procedures/8.000003/versions",
                admin(),
                aProcedure("8.000003")
                        .effectiveFrom(TODAY.plusDays(2))
                        .readVersion(1)
                        .body());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("https://egov.vn/problems/stale-version");
        assertThat(stale.body().get("field").asString()).isEqualTo("version");
        assertThat(api.get("/api/catalogue/procedures/8.000003/versions/3").status())
                .isEqualTo(404);
    }

    @Test
    void retiresAProcedureAndKeepsItsVersionsReadable() {
        api.post("/api/catalogue/procedures", admin(), aProcedure("8.000004").body());

        Reply retired = api.post(
                "/api/catalogue/procedures/8.000004/retire", admin(), Map.of("version", 1, "reason", "Bãi bỏ"));

        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.body().get("status").asString()).isEqualTo("RETIRED");
        assertThat(api.get("/api/catalogue/procedures/8.000004").status()).isEqualTo(404);
        assertThat(api.get("/api/catalogue/procedures/8.000004/versions/1").status())
                .isEqualTo(200);
        assertThat(api.search("le hoi thu nghiem", null)
                        .body()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("code").asString()))
                .doesNotContain("8.000004");
    }

    @Test
    void auditsWhoChangedWhatAndWhen() {
        api.post("/api/catalogue/procedures", admin(), aProcedure("8.000005").body());
        api.post("/api/catalogue/procedures/8.000005/retire", admin(), Map.of("version", 1, "reason", "Bãi bỏ"));

        JsonNode trail = api.get("/api/catalogue/admin/procedures/8.000005/audit", admin())
                .body()
                .get("items");

        assertThat(trail.valueStream().map(e -> e.get("action").asString())).containsExactly("CREATED", "RETIRED");
        assertThat(trail.get(0).get("actor").asString()).isEqualTo("admin");
        assertThat(trail.get(1).get("details").get("reason").asString()).isEqualTo("Bãi bỏ");
        assertThat(api.get("/api/catalogue/admin/procedures/8.000005/audit").status())
                .isEqualTo(401);
    }

    @Test
    void publishesCatalogueEventsKeyedByProcedureCode() {
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(Topics.CATALOGUE_EVENTS)) {
            api.post(
                    "/api/catalogue/procedures",
                    admin(),
                    aProcedure("8.000006").atLevel(3).body());
            api.post("/api/catalogue/procedures/8.000006/retire", admin(), Map.of("version", 1));

            ConsumerRecord<String, byte[]> published = consumer.await(
                    r -> "8.000006".equals(r.key())
                            && "vn.egov.catalogue.procedure-published".equals(KafkaTestConsumer.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            JsonNode data = JSON.readTree(new String(published.value(), StandardCharsets.UTF_8));
            assertThat(data.get("procedureCode").asString()).isEqualTo("8.000006");
            assertThat(data.get("onlineMode").asString()).isEqualTo("PARTIAL");
            assertThat(data.get("aggregateVersion").asLong()).isZero();
            assertThat(KafkaTestConsumer.header(published, "ce_dataschema"))
                    .isEqualTo("https://egov.vn/schemas/catalogue/procedure-published/v1.json");

            ConsumerRecord<String, byte[]> retired = consumer.await(
                    r -> "8.000006".equals(r.key())
                            && "vn.egov.catalogue.procedure-retired".equals(KafkaTestConsumer.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(JSON.readTree(new String(retired.value(), StandardCharsets.UTF_8))
                            .get("aggregateVersion")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Nested
    class BadInput {

        @Test
        void unknownTierAndLevelAreRefusedNamingTheFields() {
            Reply reply = api.post(
                    "/api/catalogue/procedures",
                    admin(),
                    aProcedure("8.000100")
                            .with("agencyLevel", "PROVINCE")
                            .with("serviceLevel", 5)
                            .body());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).contains("agencyLevel", "serviceLevel");
            assertThat(api.get("/api/catalogue/procedures/8.000100").status()).isEqualTo(404);
        }

        @Test
        void negativeFeeIsRefused() {
            Reply reply = api.post(
                    "/api/catalogue/procedures",
                    admin(),
                    aProcedure("8.000101")
                            .with("fees", List.of(Map.of("description", "Lệ phí", "amount", -1)))
                            .body());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("fees[0].amount");
        }

        @Test
        void zeroProcessingTimeIsRefused() {
            Reply reply = api.post(
                    "/api/catalogue/procedures",
                    admin(),
                    aProcedure("8.000102").with("processingDays", 0).body());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("processingDays");
        }

        @Test
        void duplicateCodeIsAConflict() {
            Reply reply = api.post(
                    "/api/catalogue/procedures", admin(), aProcedure("1.001193").body());

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.body().get("type").asString()).isEqualTo("https://egov.vn/problems/duplicate-procedure");
            assertThat(api.get("/api/catalogue/procedures/1.001193")
                            .body()
                            .get("name")
                            .asString())
                    .isEqualTo("Đăng ký khai sinh");
        }

        @Test
        void pastEffectiveDateForANewVersionIsRefused() {
            Reply reply = api.post(
                    "/api/catalogue/procedures/1.001193/versions",
                    admin(),
                    aProcedure("1.001193")
                            .effectiveFrom(TODAY.minusDays(1))
                            .readVersion(1)
                            .body());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("effectiveFrom");
            assertThat(api.get("/api/catalogue/procedures/1.001193/versions/2").status())
                    .isEqualTo(404);
        }

        @Test
        void writesNeedTheAdministratorRole() {
            assertThat(api.post(
                                    "/api/catalogue/procedures",
                                    null,
                                    aProcedure("8.000103").body())
                            .status())
                    .isEqualTo(401);
            assertThat(api.post(
                                    "/api/catalogue/procedures",
                                    TestIdentity.shared().officer("officer", "000.00.15.H17"),
                                    aProcedure("8.000103").body())
                            .status())
                    .isEqualTo(403);
        }

        private List<String> fields(Reply reply) {
            return reply.body()
                    .get("errors")
                    .valueStream()
                    .map(e -> e.get("field").asString())
                    .toList();
        }
    }
}
