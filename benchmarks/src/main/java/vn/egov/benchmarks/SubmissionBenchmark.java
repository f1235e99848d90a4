package vn.egov.benchmarks;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.egov.devstack.Platform;
import vn.egov.devstack.PlatformService;
import vn.egov.embedded.PostgresServer;
import vn.egov.embedded.oidc.OidcLogin;

/**
 * Issue 4's benchmark: online submissions per second of a level-4 procedure with online delivery, direct to
 * dossier-service and through the gateway, beside a raw PostgreSQL baseline that writes the same rows in one
 * transaction, at the same concurrency levels (closed model), in the same run. Afterwards it counts: every 201 is a
 * dossier in the database, no dossier is there twice, and the outbox published each submission exactly once to
 * Kafka.
 *
 * <p>Submission checks the procedure's required documents, so each submission carries one uploaded file per required
 * document. The files are uploaded before each measured phase (not timed): the benchmark is about the submission.
 */
final class SubmissionBenchmark extends PlatformBenchmark {

    static final double GATEWAY_SHARE_TARGET = 0.25;

    /**
     * For scale: the dossiers Da Nang's electronic one-stop shops received in 2018 (the IPS study quoted in the press
     * article "Đà Nẵng đã làm thế nào để thu hút người dân sử dụng dịch vụ công trực tuyến?": "640.399 hồ sơ").
     */
    static final long DA_NANG_DOSSIERS_2018 = 640_399;

    static final String SUBMITTED = "vn.egov.dossier.submitted";
    static final String TOPIC = "egov.dossier.events";
    static final EnumSet<PlatformService> SERVICES = EnumSet.of(
            PlatformService.IDENTITY, PlatformService.CATALOGUE, PlatformService.DOSSIER, PlatformService.GATEWAY);
    /** The process groups of the CPU table, in its column order. */
    static final List<String> CPU_GROUPS = List.of(
            PlatformService.DOSSIER.module(),
            PlatformService.GATEWAY.module(),
            ProcessCpu.POSTGRES,
            ProcessCpu.KAFKA,
            PlatformService.CATALOGUE.module(),
            PlatformService.IDENTITY.module(),
            ProcessCpu.GENERATOR);

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * @param concurrency the closed-model levels, each run against the three targets
     * @param submissions calls per level and target
     * @param maxWarmup the warm-up ends when the JIT has settled, or after this long
     */
    record Settings(List<Integer> concurrency, int submissions, Duration maxWarmup) {}

    /** The chosen procedure, as its detail read says. */
    record Chosen(
            String code,
            String name,
            String agencyCode,
            String agencyName,
            String agencyLevel,
            int serviceLevel,
            int version,
            int processingDays,
            int onlineProcessingDays,
            long feeTotal,
            Integer cutOffHour,
            List<String> requiredDocuments) {}

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Set<String> codes = ConcurrentHashMap.newKeySet();
    private final LongAdder created = new LongAdder();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    /** Per concurrency level: raw, direct, gateway. */
    private final List<LoadResult> results = new ArrayList<>();

    /** dossier-service: the direct target, and where every upload goes (uploads are preparation, not measured). */
    private URI dossierUrl;

    private URI gatewayUrl;
    private String jdbcUrl;
    private Chosen procedure;
    private String token;
    private CitizenRequests citizen;
    private RawSubmissions baseline;
    private int warmups;
    private JitWarmup.Outcome warmupOutcome;
    private Verification verification;

    SubmissionBenchmark(Benchmarks.Context context, Settings settings) {
        super(context, "Submission benchmark (issue 4)", "submissions.md", SERVICES, true);
        this.settings = settings;
    }

    /**
     * Chooses the procedure, signs the citizen in, creates the baseline's tables and warms up (not reported): the
     * JIT, the pools and the procedure cache, direct and through the gateway, in rounds until the compilers of
     * dossier-service and the gateway have settled.
     */
    @Override
    void prepare(Benchmarks.Started started) throws Exception {
        Platform platform = started.platform();
        URI catalogue = platform.url(PlatformService.CATALOGUE);
        dossierUrl = platform.url(PlatformService.DOSSIER);
        gatewayUrl = platform.url(PlatformService.GATEWAY);
        jdbcUrl = platform.jdbcUrl("dossier");
        procedure = choose(catalogue);
        context.progress()
                .accept("procedure " + procedure.code() + " (" + procedure.name() + "), "
                        + procedure.requiredDocuments().size() + " required document(s)");
        token = OidcLogin.forIssuer(platform.issuer()).accessToken("citizen", "citizen");
        citizen = new CitizenRequests(http, dossierUrl, gatewayUrl);
        citizen.token(token);
        baseline = new RawSubmissions(jdbcUrl, procedure);
        baseline.createTables();

        int round = Math.max(100, settings.submissions() / 2);
        warmups = 0;
        warmupOutcome = warmUp(
                List.of(
                        platform.managementUrl(PlatformService.DOSSIER),
                        platform.managementUrl(PlatformService.GATEWAY)),
                () -> {
                    submitAll("warm-up direct", dossierUrl, 4, round);
                    submitAll("warm-up gateway", gatewayUrl, 4, round);
                    ClosedModelLoad.run("warm-up raw", baseline::submit, 4, round);
                    warmups += round;
                },
                2,
                settings.maxWarmup());
        context.progress().accept("warm-up: " + warmupOutcome.describe());
    }

    @Override
    void measure(Benchmarks.Started started) throws Exception {
        for (int concurrency : settings.concurrency()) {
            int n = settings.submissions();
            results.add(phase(() -> ClosedModelLoad.run("raw PostgreSQL (JDBC)", baseline::submit, concurrency, n)));
            results.add(submitAll("direct (dossier-service)", dossierUrl, concurrency, n));
            results.add(submitAll("gateway", gatewayUrl, concurrency, n));
        }
    }

    @Override
    void afterMeasuring(Benchmarks.Started started) throws Exception {
        long baselineExpected = (long) warmups
                + (long) settings.submissions() * settings.concurrency().size();
        verification = verify(started.platform().kafkaSuperUserProperties(), baselineExpected);
        baseline.close();
        context.progress().accept(verification.toString());
    }

    /** The level-4 procedure with online delivery and the fewest required documents. */
    private Chosen choose(URI catalogue) throws Exception {
        CatalogueEntry entry = fewestDocuments(catalogue, uri -> getJson(uri, null), detail -> true);
        Map<String, Object> detail = entry.detail();
        Object cutOff = detail.get("cutOffHour");
        return new Chosen(
                (String) detail.get("code"),
                (String) detail.get("name"),
                (String) detail.get("agencyCode"),
                (String) detail.get("agencyName"),
                (String) detail.get("agencyLevel"),
                ((Number) detail.get("serviceLevel")).intValue(),
                ((Number) detail.get("version")).intValue(),
                ((Number) detail.get("processingDays")).intValue(),
                ((Number) detail.get("onlineProcessingDays")).intValue(),
                ((Number) detail.get("feeTotal")).longValue(),
                cutOff == null ? null : ((Number) cutOff).intValue(),
                entry.requiredDocuments());
    }

    /** Uploads the files first (untimed), then submits {@code n} dossiers with {@code concurrency} workers. */
    private LoadResult submitAll(String target, URI base, int concurrency, int n) throws Exception {
        List<String> bodies = upload(n);
        return phase(() -> ClosedModelLoad.run(target, index -> submit(base, bodies.get((int) index)), concurrency, n));
    }

    private boolean submit(URI base, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/dossiers"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
        if (response.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        created.increment();
        Matcher code = CODE.matcher(response.body());
        if (code.find()) {
            codes.add(code.group(1));
        }
        return true;
    }

    /** One submission body per call, each with its own freshly uploaded files (a file serves one dossier). */
    private List<String> upload(int n) throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> bodies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                bodies.add(uploaders.submit(() -> {
                    List<String> documents = new ArrayList<>();
                    for (String documentCode : procedure.requiredDocuments()) {
                        String id = citizen.upload(procedure.code(), documentCode);
                        documents.add("{\"code\":\"" + documentCode + "\",\"attachmentId\":\"" + id + "\"}");
                    }
                    return CitizenRequests.submission(procedure.code(), documents, "\"SMS\",\"EMAIL\"");
                }));
            }
            List<String> result = new ArrayList<>(n);
            for (Future<String> body : bodies) {
                result.add(body.get());
            }
            return result;
        } finally {
            uploaders.shutdownNow();
        }
    }

    private Map<String, Object> getJson(URI uri, String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response =
                http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + ": HTTP " + response.statusCode());
        }
        return JSONObjectUtils.parse(response.body());
    }

    /**
     * What the after-run count found.
     *
     * @param created 201s received, warm-up included
     * @param distinctCodes distinct dossier codes in those 201s
     * @param stored dossiers in the database
     * @param storedDistinct distinct codes in the database
     * @param lost codes answered with 201 that the database does not hold
     * @param unacknowledged dossiers in the database that no 201 named
     * @param outbox {@code vn.egov.dossier.submitted} outbox rows
     * @param outboxUnpublished of which still unpublished when the count was taken
     * @param kafkaRecords {@code vn.egov.dossier.submitted} records read back from the topic
     * @param kafkaDistinct distinct CloudEvents ids among them
     * @param missingFromKafka outbox ids with no record
     * @param unknownInKafka record ids with no outbox row
     * @param baselineRows dossiers the raw baseline stored (its own tables)
     */
    record Verification(
            long created,
            long distinctCodes,
            long stored,
            long storedDistinct,
            long lost,
            long unacknowledged,
            long outbox,
            long outboxUnpublished,
            long kafkaRecords,
            long kafkaDistinct,
            long missingFromKafka,
            long unknownInKafka,
            long baselineRows,
            long baselineExpected,
            Map<Integer, Long> statuses) {

        boolean noneLost() {
            return lost == 0 && created == distinctCodes && stored == created && storedDistinct == stored;
        }

        boolean publishedExactlyOnce() {
            return outbox == stored
                    && outboxUnpublished == 0
                    && kafkaRecords == outbox
                    && kafkaDistinct == outbox
                    && missingFromKafka == 0
                    && unknownInKafka == 0;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "201s %d (distinct codes %d), dossiers stored %d (distinct %d), lost %d, stored without 201 %d;"
                            + " outbox %d (unpublished %d), Kafka records %d (distinct %d), missing %d, unknown %d;"
                            + " baseline rows %d of %d; HTTP statuses %s",
                    created,
                    distinctCodes,
                    stored,
                    storedDistinct,
                    lost,
                    unacknowledged,
                    outbox,
                    outboxUnpublished,
                    kafkaRecords,
                    kafkaDistinct,
                    missingFromKafka,
                    unknownInKafka,
                    baselineRows,
                    baselineExpected,
                    statuses);
        }
    }

    private Verification verify(Map<String, Object> kafka, long baselineExpected) throws Exception {
        context.progress().accept("counting: database, outbox, Kafka");
        Set<String> stored = new HashSet<>();
        long storedRows;
        long outbox;
        long unpublished = -1;
        Set<String> outboxIds = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select code from public.dossier")) {
                long rows = 0;
                while (rs.next()) {
                    stored.add(rs.getString(1));
                    rows++;
                }
                storedRows = rows;
            }
            // The relay polls every 500 ms: give it time to drain what the last phase wrote.
            String pending = "select count(*) from public.outbox_event where type = '" + SUBMITTED
                    + "' and published_at is null";
            try {
                Awaitility.await("the outbox drained")
                        .atMost(Duration.ofMinutes(3))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> count(s, pending) == 0);
            } catch (ConditionTimeoutException stillPending) {
                // Reported below as unpublished rows.
            }
            unpublished = count(s, pending);
            try (ResultSet rs =
                    s.executeQuery("select id::text from public.outbox_event where type = '" + SUBMITTED + "'")) {
                while (rs.next()) {
                    outboxIds.add(rs.getString(1));
                }
            }
            outbox = outboxIds.size();
        }
        List<String> kafkaIds = new ArrayList<>();
        try (TopicReader consumer = new TopicReader(kafka, TOPIC)) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records = List.of();
            while (Instant.now().isBefore(deadline)) {
                records = consumer.all(r -> SUBMITTED.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(3));
                if (records.size() >= outbox) {
                    // One more window, so that a duplicate arriving late is seen too.
                    records = consumer.all(
                            r -> SUBMITTED.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(3));
                    break;
                }
            }
            records.forEach(r -> kafkaIds.add(TopicReader.header(r, "ce_id")));
        }
        Set<String> kafkaDistinct = new HashSet<>(kafkaIds);
        Set<String> missing = new HashSet<>(outboxIds);
        missing.removeAll(kafkaDistinct);
        Set<String> unknown = new HashSet<>(kafkaDistinct);
        unknown.removeAll(outboxIds);
        Set<String> lost = new HashSet<>(codes);
        lost.removeAll(stored);
        Set<String> unacknowledged = new HashSet<>(stored);
        unacknowledged.removeAll(codes);
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
        return new Verification(
                created.sum(),
                codes.size(),
                storedRows,
                stored.size(),
                lost.size(),
                unacknowledged.size(),
                outbox,
                unpublished,
                kafkaIds.size(),
                kafkaDistinct.size(),
                missing.size(),
                unknown.size(),
                baseline.count(),
                baselineExpected,
                byStatus);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    void verdict(StringBuilder md, Run run) {
        Map<String, LoadResult> best = new LinkedHashMap<>();
        for (LoadResult r : results) {
            best.merge(r.target(), r, (a, b) -> b.achievedRate() > a.achievedRate() ? b : a);
        }
        LoadResult raw = best.get("raw PostgreSQL (JDBC)");
        LoadResult direct = best.get("direct (dossier-service)");
        LoadResult gateway = best.get("gateway");
        double gatewayShare = gateway.achievedRate() / raw.achievedRate();
        double directShare = direct.achievedRate() / raw.achievedRate();
        boolean errorsFree = results.stream().allMatch(r -> r.errors() == 0);
        boolean met =
                gatewayShare >= GATEWAY_SHARE_TARGET && verification.noneLost() && verification.publishedExactlyOnce();
        md.append(String.format(
                Locale.ROOT,
                "- Through the gateway at least %.0f%% of the raw baseline, with zero lost or duplicated dossiers:"
                        + " **%s**.%n",
                GATEWAY_SHARE_TARGET * 100,
                met ? "met" : "NOT met"));
        md.append(String.format(
                Locale.ROOT,
                "- Most sustained: raw PostgreSQL %.1f/s (%s), direct %.1f/s (%s) = %.1f%% of raw, gateway %.1f/s"
                        + " (%s) = **%.1f%% of raw** (%.1f%% of direct).%n",
                raw.achievedRate(),
                raw.model(),
                direct.achievedRate(),
                direct.model(),
                directShare * 100,
                gateway.achievedRate(),
                gateway.model(),
                gatewayShare * 100,
                gateway.achievedRate() / direct.achievedRate() * 100));
        md.append(String.format(
                Locale.ROOT,
                "- For scale: at %.1f/s through the gateway this machine takes the %,d dossiers Da Nang's one-stop"
                        + " shops received in all of 2018 in %.0f minutes; spread over that year's working hours"
                        + " (about 250 days of 8 hours) they arrive at %.2f/s.%n",
                gateway.achievedRate(),
                DA_NANG_DOSSIERS_2018,
                DA_NANG_DOSSIERS_2018 / gateway.achievedRate() / 60,
                DA_NANG_DOSSIERS_2018 / (250.0 * 8 * 3600)));
        md.append(String.format(
                Locale.ROOT,
                "- Counted after the run: %d 201 answers, %d dossiers stored, %d lost, %d stored without a 201,"
                        + " %d duplicated codes: **%s**.%n",
                verification.created(),
                verification.stored(),
                verification.lost(),
                verification.unacknowledged(),
                verification.stored()
                        - verification.storedDistinct()
                        + (verification.created() - verification.distinctCodes()),
                verification.noneLost() ? "none lost, none duplicated" : "MISMATCH"));
        md.append(String.format(
                Locale.ROOT,
                "- Outbox to Kafka: %d `%s` outbox rows (%d unpublished), %d records on `%s` (%d distinct ids),"
                        + " %d never published, %d unknown: **%s**.%n",
                verification.outbox(),
                SUBMITTED,
                verification.outboxUnpublished(),
                verification.kafkaRecords(),
                TOPIC,
                verification.kafkaDistinct(),
                verification.missingFromKafka(),
                verification.unknownInKafka(),
                verification.publishedExactlyOnce() ? "each published exactly once" : "MISMATCH"));
        md.append(String.format(
                Locale.ROOT,
                "- Errors during the measured phases: %s. HTTP statuses over the whole run: %s.%n%n",
                errorsFree
                        ? "none"
                        : results.stream().mapToLong(LoadResult::errors).sum() + "",
                verification.statuses()));
    }

    @Override
    void sections(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "## Submissions per second (closed model, %d submissions per level and target)%n%n",
                settings.submissions()));
        md.append("`achieved/s` is the throughput; the latencies are service times at that concurrency.\n\n");
        md.append(LoadResult.tableHeader());
        results.forEach(r -> md.append(r.tableRow()));
        md.append("\n| concurrency | direct / raw | gateway / raw | gateway / direct |\n|---:|---:|---:|---:|\n");
        for (int i = 0; i + 2 < results.size(); i += 3) {
            LoadResult r = results.get(i);
            LoadResult d = results.get(i + 1);
            LoadResult g = results.get(i + 2);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f%% | %.1f%% | %.1f%% |%n",
                    r.model().replace("closed c=", ""),
                    d.achievedRate() / r.achievedRate() * 100,
                    g.achievedRate() / r.achievedRate() * 100,
                    g.achievedRate() / d.achievedRate() * 100));
        }
        if (hasCpu()) {
            md.append("\n## Where the CPU went (milliseconds of CPU per submission)\n\n");
            md.append("Each process's user and system CPU time (`/proc/<pid>/stat`) over the measured phase, divided by"
                    + " the submissions it completed; the uploads before a phase are not in it. PostgreSQL is the"
                    + " postmaster and its backends, the load generator is the benchmark's own JVM (HTTP client and"
                    + " the raw baseline's JDBC). On two cores the `all` column is about 2,000 ms divided by the"
                    + " rate.\n\n");
            md.append(cpuTable(results, CPU_GROUPS));
        }
        md.append("\n");
    }

    @Override
    String postgresUse() {
        return ", for the baseline as for the services";
    }

    @Override
    void runRows(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "| procedure | %s %s (level %d, %s, agency %s), online delivery, %d required document(s): one"
                        + " PDF uploaded per document and submission before each phase (untimed) |%n",
                procedure.code(),
                procedure.name(),
                procedure.serviceLevel(),
                procedure.agencyLevel(),
                procedure.agencyCode(),
                procedure.requiredDocuments().size()));
        md.append("| caller | the demo citizen (`citizen`, token from identity-service by the authorization code"
                + " flow with PKCE, `OidcLogin`), a new `Idempotency-Key` per submission |\n");
        md.append(String.format(
                Locale.ROOT,
                "| phases | warm-up (not reported; rounds of %d submissions direct, through the gateway and raw"
                        + " at c=4 until the JIT compilers of dossier-service and the gateway settle: %s), then per"
                        + " concurrency level %s: raw, direct, gateway; measured part took %d s |%n",
                Math.max(100, settings.submissions() / 2),
                warmupOutcome.describe(),
                settings.concurrency(),
                run.measured().toSeconds()));
    }

    @Override
    void closing(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "The baseline wrote %d dossiers to its own copies of the tables (expected %d).%n%n",
                verification.baselineRows(),
                verification.baselineExpected()));
        appendErrors(md, results);
    }
}
