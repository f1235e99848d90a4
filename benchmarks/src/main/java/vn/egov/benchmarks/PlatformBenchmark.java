package vn.egov.benchmarks;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.egov.devstack.PlatformService;

/**
 * The harness every benchmark runs in, so that a benchmark says only what differs. {@link #run()} starts the
 * platform with the benchmark's services, lets it {@link #prepare} (untimed), waits for a quiet machine,
 * {@link #measure}s in phases, lets it count what the run left ({@link #afterMeasuring}), and writes
 * {@code docs/benchmarks/<report file>} in one frame: title, verdict, a caution when the machine never became quiet,
 * the benchmark's sections, the run table (machine, command, services, PostgreSQL, JVM options, the benchmark's rows,
 * load averages), closing notes.
 *
 * <p>A measured phase goes through {@link #phase}: its summary is printed and, if the benchmark accounts CPU, the CPU
 * every process group spent during it is kept for {@link #cpuTable}.
 */
abstract class PlatformBenchmark {

    /** What the catalogue says of a procedure a benchmark may use, with the codes of its required documents. */
    record CatalogueEntry(Map<String, Object> detail, List<String> requiredDocuments) {}

    /** Reads a JSON document over HTTP (the benchmark's own client and token). */
    @FunctionalInterface
    interface JsonReader {
        Map<String, Object> read(URI uri) throws Exception;
    }

    /** GETs a public JSON document with {@code http}; anything but a 200 is an error. */
    static Map<String, Object> getJson(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + ": HTTP " + response.statusCode());
        }
        return JSONObjectUtils.parse(response.body());
    }

    /**
     * The level-4 procedure with online delivery that {@code acceptable} takes and that has the fewest required
     * documents, from the catalogue's public API.
     */
    static CatalogueEntry fewestDocuments(URI catalogue, JsonReader json, Predicate<Map<String, Object>> acceptable)
            throws Exception {
        CatalogueEntry best = null;
        for (int page = 0; page < 20; page++) {
            Map<String, Object> listing =
                    json.read(URI.create(catalogue + "/api/catalogue/procedures?serviceLevel=4&size=100&page=" + page));
            List<Object> content = JSONObjectUtils.getJSONArray(listing, "items");
            if (content == null || content.isEmpty()) {
                break;
            }
            for (Object item : content) {
                @SuppressWarnings("unchecked")
                String code = (String) ((Map<String, Object>) item).get("code");
                Map<String, Object> detail = json.read(URI.create(catalogue + "/api/catalogue/procedures/" + code));
                List<Object> delivery = JSONObjectUtils.getJSONArray(detail, "deliveryOptions");
                if (delivery == null || !delivery.contains("ONLINE") || !acceptable.test(detail)) {
                    continue;
                }
                List<String> required = new ArrayList<>();
                for (Object document : JSONObjectUtils.getJSONArray(detail, "documents")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> d = (Map<String, Object>) document;
                    if (!Boolean.FALSE.equals(d.get("required"))) {
                        required.add((String) d.get("code"));
                    }
                }
                if (best == null || required.size() < best.requiredDocuments().size()) {
                    best = new CatalogueEntry(detail, List.copyOf(required));
                    if (required.isEmpty()) {
                        return best;
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no level-4 procedure with ONLINE delivery that the benchmark can use");
        }
        return best;
    }

    /**
     * What the harness saw around the measured part.
     *
     * @param loadBefore {@code /proc/loadavg} before the platform started
     * @param loadAtStart when measuring started
     * @param loadAtEnd when measuring ended
     * @param quiet the load average came below the threshold before measuring
     * @param measured how long {@link #measure} took
     * @param jvmOptions the options the service JVMs ran with
     */
    record Run(
            String loadBefore,
            String loadAtStart,
            String loadAtEnd,
            boolean quiet,
            Duration measured,
            List<String> jvmOptions) {}

    /** One measured phase. */
    interface Phase {
        LoadResult run() throws Exception;
    }

    protected final Benchmarks.Context context;
    private final String title;
    private final String reportFile;
    private final Set<PlatformService> services;
    private final boolean accountsCpu;
    /** CPU seconds per process group of each phase (a benchmark's report shows the measured ones). */
    private final Map<LoadResult, Map<String, Double>> cpu = new IdentityHashMap<>();

    private ProcessCpu processes;

    /**
     * @param title the report's heading, e.g. {@code Search benchmark (issue 3)}
     * @param reportFile the report's name in the docs directory
     * @param services what the devstack starts
     * @param accountsCpu whether {@link #phase} measures the CPU each process group spends
     */
    PlatformBenchmark(
            Benchmarks.Context context,
            String title,
            String reportFile,
            Set<PlatformService> services,
            boolean accountsCpu) {
        this.context = context;
        this.title = title;
        this.reportFile = reportFile;
        this.services = EnumSet.copyOf(services);
        this.accountsCpu = accountsCpu;
    }

    final void run() throws Exception {
        String loadBefore = Machine.loadAverageLine();
        try (Benchmarks.Started started = context.start(services, extraJvmOptions(), instances())) {
            if (accountsCpu) {
                processes = new ProcessCpu(started.data());
            }
            prepare(started);
            boolean quiet = Machine.awaitQuiet(context.maxLoad(), context.maxWait(), context.progress());
            String loadAtStart = Machine.loadAverageLine();
            Instant measuredFrom = Instant.now();
            measure(started);
            Duration measured = Duration.between(measuredFrom, Instant.now());
            String loadAtEnd = Machine.loadAverageLine();
            afterMeasuring(started);
            Run run = new Run(loadBefore, loadAtStart, loadAtEnd, quiet, measured, started.jvmOptions());
            Path report = context.docs().resolve(reportFile);
            Files.writeString(report, report(run), StandardCharsets.UTF_8);
            context.progress().accept("wrote " + report);
        }
    }

    /** Options the service JVMs get beyond the devstack's. */
    List<String> extraJvmOptions() {
        return List.of();
    }

    /** Services that run more than one instance, with their number of instances. */
    Map<PlatformService, Integer> instances() {
        return Map.of();
    }

    /** Untimed work before the harness waits for a quiet machine: test data, tokens, a warm-up of the whole run. */
    void prepare(Benchmarks.Started started) throws Exception {}

    /** The measured part, in phases. */
    abstract void measure(Benchmarks.Started started) throws Exception;

    /** Untimed work after measuring and before the report, such as counting what the run stored. */
    void afterMeasuring(Benchmarks.Started started) throws Exception {}

    /** The verdict's lines; the last ends with a blank line. */
    abstract void verdict(StringBuilder md, Run run);

    /** The sections between the verdict and the run table; the last ends with a blank line. */
    abstract void sections(StringBuilder md, Run run);

    /** What the PostgreSQL row of the run table adds after "commits do not wait for the disk". */
    abstract String postgresUse();

    /** The benchmark's rows of the run table, between the JVM options and the load averages. */
    abstract void runRows(StringBuilder md, Run run);

    /** What follows the run table: notes, then the errors of the phases. */
    abstract void closing(StringBuilder md, Run run);

    /** A phase is kept up with when no call failed and at least this share of the offered rate was achieved. */
    static final double SUSTAINED_SHARE = 0.95;

    /** A machine at most this busy (of all cores) counts as idle between phases. */
    static final double IDLE_SHARE = 0.15;

    /** Whether {@code result}, offered at {@code offeredRate}, was kept up with. */
    static boolean sustained(LoadResult result, double offeredRate) {
        return result.errors() == 0 && result.achievedRate() >= SUSTAINED_SHARE * offeredRate;
    }

    /**
     * The phase of {@code target} with the highest offered rate that was kept up with, or null.
     *
     * @param offered the rate each phase was offered
     */
    static LoadResult mostSustained(List<LoadResult> phases, String target, Map<LoadResult, Double> offered) {
        LoadResult best = null;
        for (LoadResult r : phases) {
            if (r.target().equals(target)
                    && sustained(r, offered.get(r))
                    && (best == null || offered.get(r) > offered.get(best))) {
                best = r;
            }
        }
        return best;
    }

    /** Runs a measured phase, prints its summary and, when accounting, keeps the CPU it cost. */
    final LoadResult phase(Phase phase) throws Exception {
        Map<String, Double> before = processes == null ? null : processes.snapshot();
        LoadResult result = phase.run();
        if (processes != null) {
            cpu.put(result, ProcessCpu.between(before, processes.snapshot()));
        }
        context.progress().accept(result.summary());
        return result;
    }

    /** Repeats {@code round} until the JIT compilers of the {@code watched} JVMs settle, or until {@code limit}. */
    final JitWarmup.Outcome warmUp(List<URI> watched, JitWarmup.Round round, int minRounds, Duration limit)
            throws Exception {
        return new JitWarmup(watched).run(round, minRounds, limit, context.progress());
    }

    /** Whether some phase has its CPU accounted. */
    final boolean hasCpu() {
        return !cpu.isEmpty();
    }

    /** Milliseconds of CPU per successful call, by process group (in this order), for each accounted phase. */
    final String cpuTable(List<LoadResult> results, List<String> groups) {
        StringBuilder md = new StringBuilder("| target | load | ");
        md.append(String.join(" | ", groups)).append(" | all |\n|---|---|");
        md.append("---:|".repeat(groups.size() + 1)).append('\n');
        for (LoadResult r : results) {
            Map<String, Double> used = cpu.get(r);
            if (used == null || used.isEmpty() || r.ok() == 0) {
                continue;
            }
            md.append("| ").append(r.target()).append(" | ").append(r.model()).append(" |");
            double all = 0;
            for (String group : groups) {
                double ms = used.getOrDefault(group, 0.0) * 1000 / r.ok();
                all += ms;
                md.append(String.format(Locale.ROOT, " %.2f |", ms));
            }
            md.append(String.format(Locale.ROOT, " %.2f |%n", all));
        }
        return md.toString();
    }

    /** Milliseconds of CPU per successful call of an accounted phase, summed over {@code groups}; NaN if unknown. */
    final double cpuPerCall(LoadResult result, List<String> groups) {
        Map<String, Double> used = cpu.get(result);
        if (used == null || result.ok() == 0) {
            return Double.NaN;
        }
        return groups.stream().mapToDouble(g -> used.getOrDefault(g, 0.0)).sum() * 1000 / result.ok();
    }

    final String report(Run run) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append("Written by `benchmarks` (`vn.egov.benchmarks.Benchmarks`) at the end of its run; do not edit by"
                + " hand, run it again.\n\n");
        md.append("## Verdict\n\n");
        verdict(md, run);
        if (!run.quiet()) {
            md.append("**Caution:** the machine's load average did not come below the threshold before measuring;"
                    + " the figures include other work running beside the benchmark.\n\n");
        }
        sections(md, run);
        md.append("## Run\n\n");
        md.append(Machine.describe()).append("\n");
        md.append("| command | `").append(context.command()).append("` |\n");
        md.append("| services started | ")
                .append(services.stream().map(PlatformService::module).collect(Collectors.joining(", ")))
                .append(" (devstack, free ports, temporary data directory; PostgreSQL 17 and Kafka embedded) |\n");
        md.append("| PostgreSQL | the devstack's embedded PostgreSQL 17 (zonky binaries), run with synchronous_commit"
                        + " off: commits do not wait for the disk")
                .append(postgresUse())
                .append(" |\n");
        md.append("| service JVM options | `")
                .append(String.join(" ", run.jvmOptions()))
                .append("` |\n");
        runRows(md, run);
        md.append("| `/proc/loadavg` before the platform started | ")
                .append(run.loadBefore())
                .append(" |\n");
        md.append("| `/proc/loadavg` when measuring started | ")
                .append(run.loadAtStart())
                .append(" |\n");
        md.append("| `/proc/loadavg` at the end | ").append(run.loadAtEnd()).append(" |\n\n");
        closing(md, run);
        md.append("See [README.md](README.md) for the method.\n");
        return md.toString();
    }

    /** A paragraph with a few errors of each phase that had any. */
    static void appendErrors(StringBuilder md, List<LoadResult> results) {
        for (LoadResult r : results) {
            if (r.errors() > 0) {
                md.append("Errors of ")
                        .append(r.target())
                        .append(" (")
                        .append(r.model())
                        .append("): ")
                        .append(String.join("; ", r.errorSamples()))
                        .append("\n\n");
            }
        }
    }
}
