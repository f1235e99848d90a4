package vn.egov.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.IntegrationTestBase;
import vn.egov.catalogue.search.index.GoldenSet;

/**
 * The golden set ({@code search-golden-set.txt}): accented, unaccented and upper-case spellings, partial words,
 * abbreviations and one-letter typos, each with the demo procedure it must rank first or in the top 3, against the
 * demo catalogue in real PostgreSQL.
 */
class SearchGoldenSetIT extends IntegrationTestBase {

    @Test
    void everyGoldenQueryRanksItsProcedureHighEnough() {
        List<GoldenSet.Case> cases = GoldenSet.cases();
        List<String> misses = new ArrayList<>();
        int first = 0;
        for (GoldenSet.Case c : cases) {
            JsonNode content = api.search(c.query(), "size=10").body().get("items");
            List<String> codes =
                    content.valueStream().map(p -> p.get("code").asString()).toList();
            int rank = codes.indexOf(c.expected()) + 1;
            if (rank == 1) {
                first++;
            }
            if (rank == 0 || rank > c.top()) {
                misses.add(c.kind() + " '" + c.query() + "': expected " + c.expected() + " in top " + c.top()
                        + ", rank " + (rank == 0 ? "none" : rank) + ", got "
                        + codes.stream().limit(3).toList());
            }
        }
        System.out.printf("golden set: %d queries, %d ranked first, %d misses%n", cases.size(), first, misses.size());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(misses).isEmpty();
    }

    @Test
    void accentedUnaccentedAndUpperCaseSpellingsGiveTheSameRanking() {
        List<String> spellings =
                List.of("Đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH", "ĐĂNG KÝ KHAI SINH");
        List<List<String>> rankings = spellings.stream()
                .map(q -> api.search(q, "size=20")
                        .body()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("code").asString())
                        .toList())
                .toList();
        assertThat(rankings.get(0)).isNotEmpty().startsWith("1.001193");
        assertThat(rankings).allSatisfy(r -> assertThat(r).isEqualTo(rankings.get(0)));
    }
}
