package vn.egov.benchmarks;

import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What one measured phase gave: every latency in microseconds (errors included, so that slow failures are not
 * hidden), how many calls succeeded or failed, and the rate achieved.
 *
 * @param target what was loaded, e.g. {@code gateway}
 * @param model how it was loaded, e.g. {@code open 500/s} or {@code closed c=8}
 * @param elapsedSeconds from the first intended send to the last completion
 * @param maxDispatchLagMillis how late the generator itself sent its latest request (open model; 0 for closed)
 * @param loadAverage {@code /proc/loadavg}'s 1-minute figure when the phase started
 * @param errorSamples a few of the errors, for the report
 */
record LoadResult(
        String target,
        String model,
        Histogram latencies,
        long ok,
        long errors,
        double elapsedSeconds,
        double maxDispatchLagMillis,
        double loadAverage,
        List<String> errorSamples) {

    LoadResult {
        errorSamples = List.copyOf(errorSamples);
    }

    long requests() {
        return ok + errors;
    }

    /** Successful completions per second. */
    double achievedRate() {
        return elapsedSeconds <= 0 ? 0 : ok / elapsedSeconds;
    }

    double percentileMillis(double percentile) {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
    }

    static String tableHeader() {
        return "| target | load | requests | errors | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms"
                + " | load avg at start |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    }

    String tableRow() {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                target,
                model,
                requests(),
                errors,
                achievedRate(),
                percentileMillis(50),
                percentileMillis(90),
                percentileMillis(99),
                percentileMillis(99.9),
                maxMillis(),
                loadAverage);
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "%-28s %-16s n=%-6d err=%-4d %8.1f/s  p50 %7.2f  p90 %7.2f  p99 %7.2f  p99.9 %7.2f  max %8.2f ms"
                        + "  (lag %.1f ms, load %.2f)",
                target,
                model,
                requests(),
                errors,
                achievedRate(),
                percentileMillis(50),
                percentileMillis(90),
                percentileMillis(99),
                percentileMillis(99.9),
                maxMillis(),
                maxDispatchLagMillis,
                loadAverage);
    }
}
