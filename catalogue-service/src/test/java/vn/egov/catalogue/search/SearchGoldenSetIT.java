package vn.egov.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.IntegrationTestBase;

/**
 * The golden set ({@code search-golden-set.txt}): accented, unaccented and upper-case spellings, partial words,
 * abbreviations and one-letter typos, each with the demo procedure it must rank first or in the top 3, against the
 * demo catalogue in real PostgreSQL.
 */
class SearchGoldenSetIT extends IntegrationTestBase {

    record Case(String query, String expected, int top, String kind) {}

    @Test
    void everyGoldenQueryRanksItsProcedureHighEnough() throws IOException {
        List<Case> cases = goldenSet();
        List<String> misses = new ArrayList<>();
        int first = 0;
        for (Case c : cases) {
            JsonNode content = api.search(c.query(), "size=10").body().get("content");
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
                        .get("content")
                        .valueStream()
                        .map(p -> p.get("code").asString())
                        .toList())
                .toList();
        assertThat(rankings.get(0)).isNotEmpty().startsWith("1.001193");
        assertThat(rankings).allSatisfy(r -> assertThat(r).isEqualTo(rankings.get(0)));
    }

    private List<Case> goldenSet() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("search-golden-set.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|"))
                    .map(f -> new Case(f[0], f[1], Integer.parseInt(f[2]), f[3]))
                    .toList();
        }
    }
}
