package vn.egov.catalogue.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.CatalogueApi;
import vn.egov.catalogue.IntegrationTestBase;

/** The assistant through HTTP, anonymous, on the demo catalogue in PostgreSQL and the search index built from it. */
class AssistantIT extends IntegrationTestBase {

    private CatalogueApi.Reply ask(String conversationId, String text) {
        return api.post(
                "/api/assistant/messages",
                null,
                conversationId == null ? Map.of("text", text) : Map.of("conversationId", conversationId, "text", text));
    }

    @Test
    void answersTheJudicialRecordDocumentsWithTheLinkThenKeepsTheProcedureForAFollowUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ask(null, "lam ly lich tu phap can giay to gi").status() == 200);

        CatalogueApi.Reply documents = ask(null, "lam ly lich tu phap can giay to gi");

        assertThat(documents.body().path("intent").asString()).isEqualTo("DOCUMENTS");
        assertThat(documents.body().path("procedure").path("code").asString()).isEqualTo("2.000488");
        assertThat(documents.body().path("procedure").path("url").asString())
                .isEqualTo("http://localhost:8080/api/catalogue/procedures/2.000488");
        assertThat(documents.body().path("text").asString())
                .startsWith("Thủ tục: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")
                .contains("Hồ sơ gồm:\n1. ")
                .contains("Chi tiết: http://localhost:8080/api/catalogue/procedures/2.000488");

        CatalogueApi.Reply fee = ask(documents.body().path("conversationId").asString(), "còn lệ phí bao nhiêu?");

        assertThat(fee.status()).isEqualTo(200);
        assertThat(fee.body().path("intent").asString()).isEqualTo("FEE");
        assertThat(fee.body().path("procedure").path("code").asString()).isEqualTo("2.000488");
        assertThat(fee.body().path("text").asString()).contains("đồng");
    }

    @Test
    void offersChoicesForAnAmbiguousQuestion() {
        await().atMost(Duration.ofSeconds(30)).until(() -> ask(null, "doi gplx").status() == 200);

        CatalogueApi.Reply reply = ask(null, "doi gplx can giay to gi");

        assertThat(reply.body().path("procedure").isNull()).isTrue();
        assertThat(reply.body().path("choices").size()).isBetween(2, 3);
    }

    @Test
    void refusesAnEmptyOrOverlongQuestionWith400() {
        assertThat(ask(null, " ").status()).isEqualTo(400);
        assertThat(ask(null, "x".repeat(501)).status()).isEqualTo(400);
        assertThat(api.post("/api/assistant/messages", null, "not json").status())
                .isEqualTo(400);
    }
}
