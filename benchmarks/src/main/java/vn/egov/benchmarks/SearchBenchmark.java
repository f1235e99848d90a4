package vn.egov.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.egov.catalogue.search.index.ProcedureIndex;
import vn.egov.devstack.Platform;
import vn.egov.devstack.PlatformService;
import vn.egov.embedded.PostgresServer;

/**
 * Issue 3's benchmark: search latency over a 10,000-procedure catalogue, in-service and through the gateway, beside
 * the raw index (the service's own Lucene engine, in this JVM), in the same run and at the same rate (open model, warm-up first). Queries are the
 * golden set's, accented and unaccented, in a fixed shuffled order.
 */
final class SearchBenchmark extends PlatformBenchmark {

    static final int SYNTHETIC_PROCEDURES = 10_000;
    static final double IN_SERVICE_P99_TARGET_MS = 5;
    static final double GATEWAY_P99_TARGET_MS = 15;
    static final double GATEWAY_TARGET_RATE = 500;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Duration DRAIN = Duration.ofSeconds(15);
    static final Duration PROBE_LIMIT = Duration.ofSeconds(20);
    /** Above the service's 200 Tomcat threads, so that the service, not the generator, is what queues. */
    static final int MAX_IN_FLIGHT = 256;

    static final String RAW_INDEX = "raw index (Lucene, in the load generator's JVM)";

    static final EnumSet<PlatformService> SERVICES =
            EnumSet.of(PlatformService.IDENTITY, PlatformService.CATALOGUE, PlatformService.GATEWAY);

    /**
     * @param rate requests per second of the raw-index and in-service phases
     * @param gatewayRate requests per second through the gateway (the target is stated at 500)
     * @param saturationRequests calls of the closed-model throughput probe per target (0 skips it)
     * @param saturationConcurrency workers of that probe; the service's connection pool holds 10
     */
    record Settings(
            double rate,
            double gatewayRate,
            Duration warmup,
            Duration duration,
            int saturationRequests,
            int saturationConcurrency) {}

    /** The warm-up of a service phase ends when the JIT has settled, or after this long. */
    static final Duration MAX_WARMUP = Duration.ofMinutes(3);

    private final Settings settings;
    private final List<String> queries;
    private final Map<String, JitWarmup.Outcome> warmups = new LinkedHashMap<>();
    private final Map<String, String> cacheUse = new LinkedHashMap<>();
    /** The open-model phases: raw index, in-service, gateway. */
    private final List<LoadResult> results = new ArrayList<>();
    /** The closed-model probes, in the same order. */
    private final List<LoadResult> saturation = new ArrayList<>();

    private String jdbcUrl;
    private long procedures;
    private long emptyPages;

    SearchBenchmark(Benchmarks.Context context, Settings settings) throws IOException {
        super(context, "Search benchmark (issue 3)", "search.md", SERVICES, false);
        this.settings = settings;
        this.queries = goldenQueries(context.root());
    }

    @Override
    List<String> extraJvmOptions() {
        return List.of("-Degov.catalogue.demo-data.synthetic-count=" + SYNTHETIC_PROCEDURES);
    }

    @Override
    void prepare(Benchmarks.Started started) throws Exception {
        jdbcUrl = started.platform().jdbcUrl("catalogue");
        procedures = count(jdbcUrl, "select count(*) from procedure where status = 'ACTIVE'");
        context.progress().accept("catalogue holds " + procedures + " active procedures");
    }

    @Override
    void measure(Benchmarks.Started started) throws Exception {
        Platform platform = started.platform();
        HttpSearch inService = new HttpSearch(platform.url(PlatformService.CATALOGUE), queries);
        try (IndexSearch raw = new IndexSearch(jdbcUrl, queries)) {
            context.progress()
                    .accept("raw index: " + raw.size() + " procedures indexed in " + raw.buildMillis() + " ms");
            sameFirstPages(raw, inService, queries);
            measure(RAW_INDEX, raw::start, settings.rate(), raw::abandonQueued, List.of());
            probe(RAW_INDEX, raw::blocking);
            emptyPages = raw.emptyQueries();
        }
        measure(
                "in-service (catalogue)",
                inService::start,
                settings.rate(),
                () -> {},
                List.of(platform.managementUrl(PlatformService.CATALOGUE)));
        probe("in-service (catalogue)", inService::blocking);
        HttpSearch gateway = new HttpSearch(platform.url(PlatformService.GATEWAY), queries);
        measure(
                "gateway",
                gateway::start,
                settings.gatewayRate(),
                () -> {},
                List.of(
                        platform.managementUrl(PlatformService.CATALOGUE),
                        platform.managementUrl(PlatformService.GATEWAY)));
        probe("gateway", gateway::blocking);
    }

    /**
     * Fails the run unless, for every query, the raw index and the service return the same first page (codes, in
     * order): otherwise the baseline would not be measuring the same work.
     */
    private void sameFirstPages(IndexSearch raw, HttpSearch service, List<String> queries) throws Exception {
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            List<String> expected = raw.firstPageCodes(i);
            List<String> actual = service.firstPageCodes(i);
            if (!expected.equals(actual)) {
                differ.add("'" + queries.get(i) + "': raw index " + expected + ", service " + actual);
            }
        }
        if (!differ.isEmpty()) {
            throw new IllegalStateException("the raw index and the service disagree on " + differ.size() + " of "
                    + queries.size() + " queries: " + String.join("; ", differ));
        }
        context.progress()
                .accept("raw index and service return the same first page for all " + queries.size() + " queries");
    }

    /** One open-model phase: warm-up, then measured at {@code rate}, each followed by an idle database. */
    private void measure(String target, OpenModelLoad.Call call, double rate, Runnable abandon, List<URI> watched)
            throws Exception {
        context.progress()
                .accept(String.format(
                        Locale.ROOT,
                        "%s: warm-up %ds at %.0f/s",
                        target,
                        settings.warmup().toSeconds(),
                        rate));
        if (watched.isEmpty()) {
            LoadResult warmup = OpenModelLoad.run(target, call, rate, settings.warmup(), DRAIN, MAX_IN_FLIGHT);
            context.progress().accept("(warm-up) " + warmup.summary());
        } else {
            // Rounds of the warm-up duration until the services' JIT compilers have settled (JitWarmup).
            JitWarmup.Outcome outcome = warmUp(
                    watched,
                    () -> {
                        LoadResult warmup =
                                OpenModelLoad.run(target, call, rate, settings.warmup(), DRAIN, MAX_IN_FLIGHT);
                        context.progress().accept("(warm-up) " + warmup.summary());
                        abandon.run();
                    },
                    1,
                    MAX_WARMUP);
            warmups.put(target, outcome);
        }
        abandon.run();
        coolDown();
        double[] before = watched.isEmpty() ? null : cacheCounts(watched.get(0));
        LoadResult result =
                phase(() -> OpenModelLoad.run(target, call, rate, settings.duration(), DRAIN, MAX_IN_FLIGHT));
        results.add(result);
        if (before != null) {
            double[] after = cacheCounts(watched.get(0));
            String line = String.format(
                    Locale.ROOT,
                    "%.0f answered from the result cache, %.0f computed by the index",
                    after[0] - before[0],
                    after[1] - before[1]);
            cacheUse.put(target, line);
            context.progress().accept(target + ": " + line);
        }
        abandon.run();
        coolDown();
    }

    /** catalogue-service's {@code egov.catalogue.search.requests} counters: cached, computed. */
    private static double[] cacheCounts(URI catalogue) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(catalogue.resolve("/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        double[] counts = new double[2];
        response.body()
                .lines()
                .filter(l -> l.startsWith("egov_catalogue_search_requests_total"))
                .forEach(l -> {
                    double value = Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
                    counts[l.contains("result=\"cached\"") ? 0 : 1] += value;
                });
        return counts;
    }

    /** The closed-model throughput probe of a target, unless switched off. */
    private void probe(String target, ClosedModelLoad.Call call) throws Exception {
        if (settings.saturationRequests() <= 0) {
            return;
        }
        saturation.add(phase(() -> ClosedModelLoad.run(
                target, call, settings.saturationConcurrency(), settings.saturationRequests(), PROBE_LIMIT)));
        coolDown();
    }

    /**
     * Waits until the catalogue database runs no query but ours: an overloaded phase leaves requests queued in the
     * service (and its connection pool), which would otherwise be measured as the next phase's.
     */
    private void coolDown() throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement()) {
            AtomicInteger idleInARow = new AtomicInteger();
            Awaitility.await("an idle catalogue database")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        try (ResultSet rs = statement.executeQuery(
                                "select count(*) from pg_stat_activity where datname = current_database()"
                                        + " and state = 'active' and pid <> pg_backend_pid()")) {
                            rs.next();
                            if (rs.getLong(1) == 0) {
                                return idleInARow.incrementAndGet() >= 3;
                            }
                            idleInARow.set(0);
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException busy) {
            // Measure anyway: the report's load averages show a machine that never calmed down.
        }
    }

    static List<String> goldenQueries(Path root) throws IOException {
        Path file = root.resolve("catalogue-service/src/test/resources/search-golden-set.txt");
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            queries.add(line.split("\\|")[0]);
        }
        Collections.shuffle(queries, new Random(42));
        return List.copyOf(queries);
    }

    static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The search over HTTP: {@code GET /api/catalogue/procedures?q=}, 200 with a page expected. */
    static final class HttpSearch {

        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final List<HttpRequest> requests;

        HttpSearch(URI base, List<String> queries) {
            requests = queries.stream()
                    .map(q -> HttpRequest.newBuilder(URI.create(base + "/api/catalogue/procedures?q="
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(10))
                            .header("Accept", "application/json")
                            .GET()
                            .build())
                    .toList();
        }

        CompletableFuture<Boolean> start(long index) {
            return client.sendAsync(request(index), HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(SearchBenchmark::isPage);
        }

        boolean blocking(long index) throws IOException, InterruptedException {
            return isPage(client.send(request(index), HttpResponse.BodyHandlers.ofByteArray()));
        }

        private HttpRequest request(long index) {
            return requests.get((int) (index % requests.size()));
        }

        /** The codes of the first page the service returns for query {@code index}. */
        List<String> firstPageCodes(long index) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request(index), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
            }
            List<String> codes = new ArrayList<>();
            Matcher code = SUMMARY_CODE.matcher(response.body());
            while (code.find()) {
                codes.add(code.group(1));
            }
            return codes;
        }
    }

    /** The {@code code} of each summary in the page's JSON ({@code agencyCode} is another key). */
    private static final Pattern SUMMARY_CODE = Pattern.compile("[{,]\\s*\"code\"\\s*:\\s*\"([^\"]*)\"");

    private static boolean isPage(HttpResponse<byte[]> response) {
        return response.statusCode() == 200 && response.body().length > 0;
    }

    /**
     * The baseline: the service's index engine built in this JVM from the catalogue database, searched by ten worker
     * threads (as many as the JDBC baseline had connections before), so that a call waits in the workers' queue as a
     * request waits for a service thread.
     */
    static final class IndexSearch implements AutoCloseable {

        static final int WORKERS = 10;

        private final List<String> queries;
        private final ProcedureIndex index;
        private final long buildMillis;
        private final ThreadPoolExecutor workers;
        private final Map<String, Integer> rowsByQuery = new ConcurrentHashMap<>();

        IndexSearch(String jdbcUrl, List<String> queries) throws SQLException {
            this.queries = queries;
            long started = System.nanoTime();
            this.index = SearchIndexBaseline.load(jdbcUrl, LocalDate.now(ZONE));
            this.buildMillis = (System.nanoTime() - started) / 1_000_000;
            AtomicInteger n = new AtomicInteger();
            this.workers = new ThreadPoolExecutor(
                    WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                        Thread thread = new Thread(r, "index-search-" + n.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
        }

        int size() {
            return index.size();
        }

        long buildMillis() {
            return buildMillis;
        }

        List<String> firstPageCodes(long call) {
            return SearchIndexBaseline.firstPageCodes(index, query(call));
        }

        CompletableFuture<Boolean> start(long call) {
            return CompletableFuture.supplyAsync(() -> blocking(call), workers);
        }

        boolean blocking(long call) {
            String q = query(call);
            rowsByQuery.put(q, SearchIndexBaseline.firstPageCodes(index, q).size());
            return true;
        }

        /** Drops the calls still waiting for a worker (they were already counted as unanswered). */
        void abandonQueued() {
            workers.getQueue().clear();
        }

        /** Of the queries run, how many found nothing. */
        long emptyQueries() {
            return rowsByQuery.values().stream().filter(rows -> rows == 0).count();
        }

        private String query(long call) {
            return queries.get((int) (call % queries.size()));
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
    }

    @Override
    void verdict(StringBuilder md, Run run) {
        LoadResult raw = results.get(0);
        LoadResult inService = results.get(1);
        LoadResult gateway = results.get(2);
        boolean inServiceMet = inService.errors() == 0 && inService.percentileMillis(99) <= IN_SERVICE_P99_TARGET_MS;
        boolean gatewayMet = gateway.errors() == 0
                && gateway.percentileMillis(99) <= GATEWAY_P99_TARGET_MS
                && gateway.achievedRate() >= 0.98 * GATEWAY_TARGET_RATE;
        md.append(String.format(
                Locale.ROOT,
                "- In-service p99 ≤ %.0f ms at %,d procedures: **%s** (p99 %.2f ms at %.0f/s, %d errors).%n",
                IN_SERVICE_P99_TARGET_MS,
                procedures,
                inServiceMet ? "met" : "NOT met",
                inService.percentileMillis(99),
                settings.rate(),
                inService.errors()));
        md.append(String.format(
                Locale.ROOT,
                "- Through the gateway p99 ≤ %.0f ms at %.0f requests/s: **%s** (p99 %.2f ms at %.0f/s offered,"
                        + " %.1f/s achieved, %d errors).%n",
                GATEWAY_P99_TARGET_MS,
                GATEWAY_TARGET_RATE,
                gatewayMet
                        ? "met"
                        : settings.gatewayRate() == GATEWAY_TARGET_RATE ? "NOT met" : "not measured at 500/s",
                gateway.percentileMillis(99),
                settings.gatewayRate(),
                gateway.achievedRate(),
                gateway.errors()));
        md.append(String.format(
                Locale.ROOT,
                "- Cost over the raw index at p50 / p99: in-service ×%.2f / ×%.2f, gateway ×%.2f / ×%.2f"
                        + " (gateway over in-service: +%.2f ms / +%.2f ms).%n%n",
                ratio(inService, raw, 50),
                ratio(inService, raw, 99),
                ratio(gateway, raw, 50),
                ratio(gateway, raw, 99),
                gateway.percentileMillis(50) - inService.percentileMillis(50),
                gateway.percentileMillis(99) - inService.percentileMillis(99)));
    }

    @Override
    void sections(StringBuilder md, Run run) {
        md.append("## Latency at a fixed rate (open model, from the intended send time)\n\n");
        md.append(LoadResult.tableHeader());
        results.forEach(r -> md.append(r.tableRow()));
        md.append("\n");
        if (!saturation.isEmpty()) {
            md.append(String.format(
                    Locale.ROOT,
                    "## Throughput (closed model, %d workers, up to %d calls or %d s per target)%n%n",
                    settings.saturationConcurrency(),
                    settings.saturationRequests(),
                    PROBE_LIMIT.toSeconds()));
            md.append("Service times, not response times: a closed model waits for each answer, so it shows the"
                    + " most the target sustained with that many callers, not latency under a given load.\n\n");
            md.append(LoadResult.tableHeader());
            saturation.forEach(r -> md.append(r.tableRow()));
            md.append(String.format(
                    Locale.ROOT,
                    "%nThroughput ratios: in-service / raw %.2f, gateway / raw %.2f.%n%n",
                    saturation.get(1).achievedRate() / saturation.get(0).achievedRate(),
                    saturation.get(2).achievedRate() / saturation.get(0).achievedRate()));
        }
    }

    @Override
    String postgresUse() {
        return "; the raw index reads it once, to build";
    }

    @Override
    void runRows(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "| catalogue | %,d active procedures: the demo catalogue plus %,d from `SyntheticCatalogue`"
                        + " (seed 42) |%n",
                procedures,
                SYNTHETIC_PROCEDURES));
        md.append(String.format(
                Locale.ROOT,
                "| queries | %d from `catalogue-service/src/test/resources/search-golden-set.txt` (accented,"
                        + " unaccented, upper-case, abbreviations, typos), shuffled (seed 42), cycled |%n",
                queries.size()));
        md.append(String.format(
                Locale.ROOT,
                "| phases | per target, in the order of the table: warm-up (discarded) at the phase's rate in rounds of"
                        + " %d s — one for the raw index; for the services until the JIT compilers of the services"
                        + " on the path settle (below %d%% of a round's time spent compiling) or %d min — then %d s"
                        + " measured |%n",
                settings.warmup().toSeconds(),
                Math.round(JitWarmup.SETTLED_SHARE * 100),
                MAX_WARMUP.toMinutes(),
                settings.duration().toSeconds()));
        cacheUse.forEach((target, line) -> md.append("| searches of the measured ")
                .append(target)
                .append(" phase | ")
                .append(line)
                .append(
                        " (catalogue-service keeps each index snapshot's results, `egov.catalogue.search.result-cache-size`;")
                .append(" the raw-index row is the engine without that cache) |\n"));
        warmups.forEach((target, outcome) -> md.append("| warm-up of ")
                .append(target)
                .append(" | ")
                .append(outcome.describe())
                .append(" |\n"));
    }

    @Override
    void closing(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "%d of the %d queries find no procedure (an empty first page); the others fill a page of up to 20,"
                        + " with the exact total. The raw index and the service returned the same first page for"
                        + " every query (checked before measuring). Every phase ends by waiting until the catalogue"
                        + " database is idle again, so that no phase inherits another's backlog.%n%n",
                emptyPages,
                queries.size()));
        appendErrors(md, results);
        appendErrors(md, saturation);
    }

    static double ratio(LoadResult a, LoadResult b, double percentile) {
        return a.percentileMillis(percentile) / b.percentileMillis(percentile);
    }
}
