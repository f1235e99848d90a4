package vn.egov.catalogue.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.CatalogueApi.Reply;
import vn.egov.catalogue.IntegrationTestBase;

class ProcedureDetailIT extends IntegrationTestBase {

    @Test
    void servesTheDemoBirthRegistrationInTheDocumentedShape() {
        Reply reply = api.get("/api/catalogue/procedures/1.001193");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode p = reply.body();
        assertThat(p.get("code").asString()).isEqualTo("1.001193");
        assertThat(p.get("name").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(p.get("sector").asString()).isEqualTo("Hộ tịch");
        assertThat(p.get("agencyCode").asString()).isEqualTo("000.01.41.H17");
        assertThat(p.get("agencyName").asString()).isNotBlank();
        assertThat(p.get("agencyLevel").asString()).isEqualTo("COMMUNE");
        assertThat(p.get("serviceLevel").asInt()).isEqualTo(4);
        assertThat(p.get("onlineMode").asString()).isEqualTo("FULL");
        assertThat(p.get("version").asInt()).isEqualTo(1);
        assertThat(p.get("effectiveFrom").asString()).isEqualTo("2024-01-01");
        assertThat(p.get("processingDays").asInt()).isEqualTo(1);
        assertThat(p.get("onlineProcessingDays").asInt()).isEqualTo(1);
        assertThat(p.get("feeTotal").asLong()).isZero();
        assertThat(p.get("fees").get(0).get("amount").asLong()).isZero();
        assertThat(p.get("documents").get(0).get("code").asString()).isEqualTo("TP1");
        assertThat(p.get("documents").get(1).get("code").asString()).isEqualTo("TP2");
        assertThat(p.get("documents").get(0).get("required").asBoolean()).isTrue();
        assertThat(p.get("documents").get(0).get("template").asString()).isEqualTo("TK-khai-sinh");
        assertThat(p.get("deliveryOptions").toString()).isEqualTo("[\"ONLINE\",\"POSTAL\",\"COUNTER\"]");
        assertThat(p.get("cutOffHour").asInt()).isEqualTo(15);
        assertThat(p.get("resultType").asString()).contains("Giấy khai sinh");
        assertThat(p.get("legalBasis").asString()).contains("Luật Hộ tịch");
    }

    @Test
    void marksADocumentNeededOnlyInACaseWithThatCase() {
        JsonNode documents =
                api.get("/api/catalogue/procedures/2.000488").body().get("documents");

        JsonNode always = documents.get(0);
        assertThat(always.get("required").asBoolean()).isTrue();
        assertThat(always.get("condition").isNull()).isTrue();
        JsonNode authorisation = documents.get(documents.size() - 1);
        assertThat(authorisation.get("name").asString()).startsWith("Văn bản ủy quyền");
        assertThat(authorisation.get("required").asBoolean()).isFalse();
        assertThat(authorisation.get("condition").asString())
                .isEqualTo("Trường hợp ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1");
    }

    @Test
    void halvesTheProcessingTimeForOnlineDossiersRoundingUp() {
        // Phiếu lý lịch tư pháp: 10 days statutory, no explicit online time → 5
        JsonNode judicial = api.get("/api/catalogue/procedures/2.000488").body();
        assertThat(judicial.get("processingDays").asInt()).isEqualTo(10);
        assertThat(judicial.get("onlineProcessingDays").asInt()).isEqualTo(5);
        assertThat(judicial.get("agencyCode").asString()).isEqualTo("000.00.15.H17");
        assertThat(judicial.get("feeTotal").asLong()).isEqualTo(200_000);
    }

    @Test
    void showsPartialOnlineModeForLevelThreeAndNoneBelow() {
        assertThat(api.get("/api/catalogue/procedures/1.000894")
                        .body()
                        .get("onlineMode")
                        .asString())
                .isEqualTo("PARTIAL");
        assertThat(api.get("/api/catalogue/procedures/1.005384")
                        .body()
                        .get("onlineMode")
                        .asString())
                .isEqualTo("NONE");
    }

    @Test
    void answersUnknownCodesWith404ProblemJson() {
        Reply reply = api.get("/api/catalogue/procedures/9.999999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("https://egov.vn/problems/not-found");
        assertThat(api.get("/api/catalogue/procedures/1.001193/versions/7").status())
                .isEqualTo(404);
    }

    @Test
    void servesAGivenVersion() {
        Reply reply = api.get("/api/catalogue/procedures/1.001193/versions/1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void listsTheAgenciesOfAllFourTiers() {
        Reply reply = api.get("/api/catalogue/agencies");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("items").size()).isEqualTo(96);
        assertThat(reply.body().get("page").get("totalItems").asInt()).isEqualTo(96);
        assertThat(reply.body()
                        .get("items")
                        .valueStream()
                        .map(a -> a.get("level").asString())
                        .distinct())
                .containsExactlyInAnyOrder("CITY", "DISTRICT", "COMMUNE", "CENTRAL");
    }
}
