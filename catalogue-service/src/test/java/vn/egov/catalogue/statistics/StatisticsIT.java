package vn.egov.catalogue.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.IntegrationTestBase;

class StatisticsIT extends IntegrationTestBase {

    @Test
    void agreeWithTheListedProceduresPerTierAndLevel() {
        JsonNode statistics = api.get("/api/catalogue/statistics").body();

        long listed = api.get("/api/catalogue/procedures?size=1")
                .body()
                .get("page")
                .get("totalItems")
                .asLong();
        assertThat(statistics.get("total").asLong()).isEqualTo(listed);
        for (JsonNode tier : statistics.get("byTier")) {
            for (int level = 1; level <= 4; level++) {
                long counted = tier.get("byLevel").get(String.valueOf(level)).asLong();
                long inList = api.get("/api/catalogue/procedures?size=1&agencyLevel="
                                + tier.get("agencyLevel").asString() + "&serviceLevel=" + level)
                        .body()
                        .get("page")
                        .get("totalItems")
                        .asLong();
                assertThat(counted)
                        .as("%s level %d", tier.get("agencyLevel"), level)
                        .isEqualTo(inList);
            }
        }
    }

    @Test
    void reproducesTheSeedSharesOnTheDemoCatalogue() {
        JsonNode statistics = api.get("/api/catalogue/statistics").body();

        // The demo data mirrors the city's published 93% at levels 3-4 and 40% at level 4; other ITs add a few.
        assertThat(statistics.get("level3or4Share").asDouble()).isBetween(0.90, 0.95);
        assertThat(statistics.get("level4Share").asDouble()).isBetween(0.37, 0.43);
        JsonNode commune = statistics
                .get("byTier")
                .valueStream()
                .filter(t -> t.get("agencyLevel").asString().equals("COMMUNE"))
                .findFirst()
                .orElseThrow();
        assertThat(commune.get("level3or4Share").asDouble()).isEqualTo(1.0);
    }
}
