package vn.egov.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long after its commit each dossier's event arrived somewhere (a ministry's consumer, the SMS provider), matched
 * by dossier code. A dossier whose arrival was never seen is counted as unmatched, not left out quietly, and so is one
 * whose commit time is unknown.
 *
 * @param where what the event reached, e.g. {@code SMS handed to the sandbox}
 * @param expected the dossiers of the phase
 * @param matched those with both a commit time and an arrival
 * @param millis the matched latencies in milliseconds, ascending
 */
record EventLatency(String where, int expected, int matched, List<Double> millis) {

    EventLatency {
        millis = List.copyOf(millis);
    }

    /**
     * @param codes the dossiers the phase created
     * @param committed each dossier's commit time (the time the submitting transaction wrote, at or before the commit)
     * @param arrived when each dossier's event arrived; the first arrival counts
     */
    static EventLatency match(
            String where, Collection<String> codes, Map<String, Instant> committed, Map<String, Instant> arrived) {
        List<Double> latencies = new ArrayList<>();
        for (String code : codes) {
            Instant commit = committed.get(code);
            Instant arrival = arrived.get(code);
            if (commit != null && arrival != null) {
                latencies.add(Duration.between(commit, arrival).toNanos() / 1e6);
            }
        }
        latencies.sort(Double::compare);
        return new EventLatency(where, codes.size(), latencies.size(), latencies);
    }

    int unmatched() {
        return expected - matched;
    }

    /**
     * The nearest-rank percentile: the smallest latency that at least {@code percentile} % of the matched ones do not
     * exceed; NaN when nothing matched.
     */
    double percentile(double percentile) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100 * millis.size());
        return millis.get(Math.min(millis.size(), Math.max(1, rank)) - 1);
    }

    double max() {
        return millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1);
    }

    /** Whether every dossier matched and the 99th percentile is at most {@code targetMillis}. */
    boolean meets(double targetMillis) {
        return unmatched() == 0 && matched > 0 && percentile(99) <= targetMillis;
    }

    static String tableHeader() {
        return "| from commit to | dossiers | matched | p50 ms | p90 ms | p99 ms | max ms | target p99 |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|\n";
    }

    String tableRow(double targetMillis) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | ≤ %.0f ms: **%s** |%n",
                where,
                expected,
                matched,
                percentile(50),
                percentile(90),
                percentile(99),
                max(),
                targetMillis,
                meets(targetMillis) ? "met" : "NOT met");
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "%s: %d of %d matched, p50 %.1f p90 %.1f p99 %.1f max %.1f ms",
                where,
                matched,
                expected,
                percentile(50),
                percentile(90),
                percentile(99),
                max());
    }
}
