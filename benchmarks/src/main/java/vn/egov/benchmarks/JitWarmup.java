package vn.egov.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Warms the services up until their JIT compilers have settled: rounds of load are repeated until, over a round, the
 * services' JVMs spent less than {@link #SETTLED_SHARE} of the round's wall time compiling (read from
 * {@code jvm_compilation_time_ms_total} on their Prometheus endpoints), or until a time limit. On two cores the C2
 * compiler of a Spring service keeps one core busy for minutes after start; a fixed, short warm-up measures the
 * compiler, not the service.
 */
final class JitWarmup {

    /** Compile time per wall time, summed over the watched JVMs, below which the JIT counts as settled. */
    static final double SETTLED_SHARE = 0.05;

    private static final String METRIC = "jvm_compilation_time_ms_total";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<URI> services;

    /** @param services management URLs (actuator, {@code Platform.managementUrl}) of the JVMs whose compilers are watched */
    JitWarmup(List<URI> services) {
        this.services = List.copyOf(services);
    }

    /**
     * What the warm-up did.
     *
     * @param settled false when the time limit ended it first
     * @param lastShare compile time per wall time in the last round
     */
    record Outcome(int rounds, Duration took, boolean settled, double lastShare) {

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d rounds in %d s; in the last round the JIT compiled %.1f%% of the time (%s)",
                    rounds,
                    took.toSeconds(),
                    lastShare * 100,
                    settled ? "settled: below " + Math.round(SETTLED_SHARE * 100) + "%" : "NOT settled: time limit");
        }
    }

    /** A round of warm-up load. */
    interface Round {
        void run() throws Exception;
    }

    Outcome run(Round round, int minRounds, Duration limit, Consumer<String> progress) throws Exception {
        return run(() -> {}, round, minRounds, limit, progress);
    }

    /**
     * The same, with untimed work before each round ({@code prepare}, e.g. the test data the round uses up): its
     * compilation does not count toward the round's, but its time counts toward the limit.
     */
    Outcome run(Round prepare, Round round, int minRounds, Duration limit, Consumer<String> progress) throws Exception {
        Instant start = Instant.now();
        int rounds = 0;
        double share = 1;
        while (true) {
            prepare.run();
            long compiledBefore = compileMillis();
            Instant roundStart = Instant.now();
            round.run();
            rounds++;
            long wall = Math.max(1, Duration.between(roundStart, Instant.now()).toMillis());
            share = (compileMillis() - compiledBefore) / (double) wall;
            progress.accept(String.format(
                    Locale.ROOT, "warm-up round %d: JIT compiled %.1f%% of %d ms", rounds, share * 100, wall));
            boolean settled = rounds >= minRounds && share < SETTLED_SHARE;
            Duration took = Duration.between(start, Instant.now());
            if (settled || took.compareTo(limit) >= 0) {
                return new Outcome(rounds, took, settled, share);
            }
        }
    }

    /** Milliseconds the watched JVMs have spent compiling since they started. */
    long compileMillis() throws IOException, InterruptedException {
        long total = 0;
        for (URI service : services) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(service + "/actuator/prometheus answered " + response.statusCode());
            }
            List<String> lines = response.body()
                    .lines()
                    .filter(line -> line.startsWith(METRIC))
                    .toList();
            if (lines.isEmpty()) {
                throw new IOException(service + "/actuator/prometheus has no " + METRIC);
            }
            total += lines.stream()
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }
        return total;
    }
}
