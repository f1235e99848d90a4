package vn.egov.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.CatalogueApi.Reply;
import vn.egov.catalogue.IntegrationTestBase;

class SearchProceduresIT extends IntegrationTestBase {

    @Test
    void listsTheWholeDemoCatalogueInPagesWithMetadata() {
        Reply reply = api.get("/api/catalogue/procedures?page=1&size=50");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.body().get("page");
        assertThat(page.get("number").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(225);
        assertThat(page.get("totalPages").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(reply.body().get("items").size()).isEqualTo(50);
    }

    @Test
    void combinesTheQueryWithTierAndLevelFilters() {
        Reply reply = api.search("khai sinh", "agencyLevel=DISTRICT&serviceLevel=3");

        JsonNode content = reply.body().get("items");
        assertThat(content.size()).isPositive();
        assertThat(content.get(0).get("code").asString()).isEqualTo("2.000528");
        assertThat(content.valueStream()).allSatisfy(p -> {
            assertThat(p.get("agencyLevel").asString()).isEqualTo("DISTRICT");
            assertThat(p.get("serviceLevel").asInt()).isEqualTo(3);
        });
    }

    @Test
    void filtersByOneAgency() {
        JsonNode justice = api.get("/api/catalogue/procedures?agencyCode=000.00.15.H17&size=100")
                .body();

        assertThat(justice.get("items").size()).isPositive();
        assertThat(justice.get("items").valueStream())
                .allSatisfy(p -> assertThat(p.get("agencyCode").asString()).isEqualTo("000.00.15.H17"));
        JsonNode searched =
                api.search("ly lich tu phap", "agencyCode=000.00.15.H17").body();
        assertThat(searched.get("items").valueStream().map(p -> p.get("code").asString()))
                .contains("2.000488");
        assertThat(api.search("ly lich tu phap", "agencyCode=000.01.41.H17")
                        .body()
                        .get("items")
                        .valueStream())
                .noneSatisfy(p -> assertThat(p.get("code").asString()).isEqualTo("2.000488"));
    }

    @Test
    void refusesAnAgencyFilterThatIsNoAgencyCode() {
        Reply reply = api.get("/api/catalogue/procedures?agencyCode=so-tu-phap");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("agencyCode");
    }

    @Test
    void filtersBySectorWithOrWithoutDiacritics() {
        JsonNode accented = api.get("/api/catalogue/procedures?sector=H%E1%BB%99%20t%E1%BB%8Bch&size=100")
                .body();
        JsonNode bare =
                api.get("/api/catalogue/procedures?sector=ho%20tich&size=100").body();

        assertThat(accented.get("page").get("totalItems").asLong()).isGreaterThan(10);
        assertThat(bare.get("page").get("totalItems").asLong())
                .isEqualTo(accented.get("page").get("totalItems").asLong());
        assertThat(accented.get("items").valueStream())
                .allSatisfy(p -> assertThat(p.get("sector").asString()).isEqualTo("Hộ tịch"));
    }

    @Test
    void refusesAQueryLongerThanTheCapNamingTheField() {
        Reply reply = api.search("a".repeat(101), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @Test
    void refusesUnknownTierLevelAndPageSize() {
        Reply reply = api.get("/api/catalogue/procedures?agencyLevel=PROVINCE&serviceLevel=5&size=1000");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").valueStream().map(e -> e.get("field")
                        .asString()))
                .containsExactlyInAnyOrder("agencyLevel", "serviceLevel", "size");
    }

    @Test
    void refusesAQueryThatIsNotUtf8AsAMalformedRequest() {
        Reply reply = api.get("/api/catalogue/procedures?q=%ff");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("https://egov.vn/problems/malformed-request");
    }

    @Test
    void treatsSqlInTheQueryAsText() {
        Reply reply = api.search("khai sinh'; drop table procedure; --", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/api/catalogue/procedures/1.001193").status()).isEqualTo(200);
    }

    @Test
    void findsNothingForNonsenseWithoutFailing() {
        Reply reply = api.search("zzqxw vvkj", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("items").size()).isZero();
        assertThat(reply.body().get("page").get("totalItems").asLong()).isZero();
    }
}
