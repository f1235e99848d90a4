package vn.egov.catalogue.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden set against the engine alone, on the demo catalogue (as {@code SearchGoldenSetIT} does through HTTP and
 * PostgreSQL) and on the demo catalogue with the benchmark's 10,000 synthetic procedures.
 */
class GoldenSetTest {

    @Test
    void everyGoldenQueryRanksItsProcedureHighEnoughInTheDemoCatalogue() {
        ProcedureIndex index = ProcedureIndex.build(DemoCatalogues.demo());

        GoldenSet.Outcome outcome = GoldenSet.run(q -> page(index, q, 10), false);

        System.out.printf(
                "golden set (engine, %d procedures): %d queries, %d ranked first, %d misses%n%s%n",
                index.size(),
                outcome.queries(),
                outcome.first(),
                outcome.misses().size(),
                String.join("\n", outcome.misses()));
        assertThat(outcome.misses()).isEmpty();
    }

    @Test
    void everyGoldenQueryStillFindsItsProcedureInTheTopTenAmongTenThousandSyntheticOnes() {
        List<IndexedProcedure> procedures = DemoCatalogues.withSynthetic(10_000);
        ProcedureIndex.build(procedures); // warms the JIT: the build time printed below is a warm one
        long started = System.nanoTime();
        ProcedureIndex index = ProcedureIndex.build(procedures);
        long buildMillis = (System.nanoTime() - started) / 1_000_000;

        GoldenSet.Outcome outcome = GoldenSet.run(q -> page(index, q, 10), true);

        // Figures for the ADR, not assertions: timing depends on the machine.
        List<String> queries =
                GoldenSet.cases().stream().map(GoldenSet.Case::query).toList();
        for (int round = 0; round < 10; round++) {
            queries.forEach(q -> page(index, q, 20));
        }
        int rounds = 20;
        started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            queries.forEach(q -> page(index, q, 20));
        }
        double perQuery = (System.nanoTime() - started) / 1e6 / (rounds * queries.size());
        System.out.printf(
                "index of %d procedures: built in %d ms (warm), %.3f ms per golden query (first page of 20, one"
                        + " thread, average of %d)%n",
                index.size(), buildMillis, perQuery, rounds * queries.size());

        System.out.printf(
                "golden set (engine, %d procedures): %d queries, %d ranked first, %d not in the top 10%n%s%n",
                index.size(),
                outcome.queries(),
                outcome.first(),
                outcome.misses().size(),
                String.join("\n", outcome.misses()));
        assertThat(index.size()).isEqualTo(10_225);
        assertThat(outcome.misses()).isEmpty();
    }

    static List<ProcedureSummary> page(ProcedureIndex index, String q, int size) {
        return index.search(SearchRequest.firstPage(q, size)).content();
    }
}
