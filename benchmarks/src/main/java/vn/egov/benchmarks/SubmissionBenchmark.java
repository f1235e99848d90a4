package vn.egov.benchmarks;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.egov.devstack.Platform;
import vn.egov.devstack.PlatformService;
import vn.egov.embedded.PostgresServer;
import vn.egov.embedded.kafka.KafkaAccess;
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
 *
 * <p>Issue 15 adds two phases before the closed-model levels: the time from a dossier's commit to its SMS at the SMS
 * provider and to its event at a ministry's consumer, at a steady rate (item 3), and the CPU an officer's action costs
 * (item 5).
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
    /**
     * notification-service and partner-sandbox are there for the event latency phase: each submission's "received" SMS
     * really goes to the sandbox's eSMS API.
     */
    static final EnumSet<PlatformService> SERVICES = EnumSet.of(
            PlatformService.IDENTITY,
            PlatformService.CATALOGUE,
            PlatformService.DOSSIER,
            PlatformService.GATEWAY,
            PlatformService.NOTIFICATION,
            PlatformService.SANDBOX);
    /** The process groups of the CPU table, in its column order. */
    static final List<String> CPU_GROUPS = List.of(
            PlatformService.DOSSIER.module(),
            PlatformService.GATEWAY.module(),
            ProcessCpu.POSTGRES,
            ProcessCpu.KAFKA,
            PlatformService.NOTIFICATION.module(),
            PlatformService.SANDBOX.module(),
            PlatformService.CATALOGUE.module(),
            PlatformService.IDENTITY.module(),
            ProcessCpu.GENERATOR);

    /** Issue 15, item 3: p99 from a dossier's commit to its SMS handed to the provider. */
    static final double SMS_TARGET_MILLIS = 250;

    /** Issue 15, item 3: p99 from a dossier's commit to its event at a ministry's consumer. */
    static final double MINISTRY_TARGET_MILLIS = 100;

    /** The applicant's mobile in every submission; notification-service texts it. */
    static final String APPLICANT_PHONE = CitizenRequests.APPLICANT_PHONE;

    /** The ministry whose Kafka user reads the events in the latency phase. */
    static final String MINISTRY = "justice";

    /** notification-service's consumer groups on the dossier events: the notifications and the national portal sync. */
    static final List<String> NOTIFICATION_GROUPS =
            List.of(PlatformService.NOTIFICATION.module(), KafkaAccess.NATIONAL_PORTAL_GROUP);

    /**
     * identity-service's demo officers by agency (its {@code UserProperties.demoAccounts}); an officer acts on the
     * dossiers of their own agency only.
     */
    static final Map<String, String> DEMO_OFFICERS = Map.of(
            "000.00.15.H17", "officer",
            "000.00.41.H17", "officer-haichau",
            "000.01.41.H17", "officer-thachthang");

    /** The officer's step of the one-stop-shop workflow: the first one, on a newly submitted dossier. */
    static final String OFFICER_ACTION = "accept";

    /**
     * How long after the latency phase the tool waits for the last SMS and events; what has not arrived by then counts
     * as unmatched.
     */
    static final Duration ARRIVAL_WAIT = Duration.ofMinutes(5);

    /** How long to wait for notification-service to work off what a warm-up or a phase left it. */
    static final Duration NOTIFICATION_CATCH_UP = Duration.ofMinutes(10);

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * @param concurrency the closed-model levels, each run against the three targets
     * @param submissions calls per level and target
     * @param maxWarmup the warm-up ends when the JIT has settled, or after this long
     * @param latencyRate submissions per second of the event latency phase (open model, through the gateway)
     * @param latencyBaselineRate submissions per second of a phase run just before it the same way, at a rate the
     *     machine carries with CPU to spare (0: none), so that the report tells a pipeline that is slow from one that is
     *     starved
     * @param latencyDuration how long each of those phases lasts
     * @param officerConcurrency workers of the officer action phase (closed model, through the gateway)
     * @param officerActions actions of that phase
     */
    record Settings(
            List<Integer> concurrency,
            int submissions,
            Duration maxWarmup,
            double latencyRate,
            double latencyBaselineRate,
            Duration latencyDuration,
            int officerConcurrency,
            int officerActions) {

        Settings {
            if (Math.max(latencyRate, latencyBaselineRate) * latencyDuration.toSeconds() > SandboxSms.MOST) {
                throw new IllegalArgumentException("the latency phase may have at most " + SandboxSms.MOST
                        + " submissions (the sandbox lists that many messages), asked for "
                        + latencyRate * latencyDuration.toSeconds());
            }
        }

        int latencySubmissions() {
            return submissionsAt(latencyRate);
        }

        int submissionsAt(double rate) {
            return (int) Math.max(1, Math.round(rate * latencyDuration.toMillis() / 1000.0));
        }
    }

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

    private URI issuer;
    private String kafkaBootstrapServers;
    private Map<String, Object> kafkaSuperUser;
    private SandboxSms sandboxSms;
    private LoadResult latencyResult;
    private EventLatency smsLatency;
    private EventLatency ministryLatency;
    /** The same phase at the baseline rate, or null. */
    private LatencyPhase baselineLatency;

    private Chosen officerProcedure;
    private String officer;
    private int officerWarmups;
    private LoadResult officerResult;
    /** Waits for notification-service that ended before it had caught up. */
    private final List<String> notificationBacklogs = new ArrayList<>();

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
        procedure = choose(catalogue, detail -> true);
        context.progress()
                .accept("procedure " + procedure.code() + " (" + procedure.name() + "), "
                        + procedure.requiredDocuments().size() + " required document(s)");
        officerProcedure = choose(catalogue, detail -> DEMO_OFFICERS.containsKey(detail.get("agencyCode")));
        officer = DEMO_OFFICERS.get(officerProcedure.agencyCode());
        context.progress()
                .accept("officer " + officer + " acts on procedure " + officerProcedure.code() + " (agency "
                        + officerProcedure.agencyCode() + ")");
        issuer = platform.issuer();
        kafkaBootstrapServers = platform.kafkaBootstrapServers();
        kafkaSuperUser = platform.kafkaSuperUserProperties();
        sandboxSms = new SandboxSms(http, platform.url(PlatformService.SANDBOX));
        citizen = new CitizenRequests(http, dossierUrl, gatewayUrl);
        signIn();
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
        awaitNotifications("the warm-up");
    }

    /**
     * The event latency phase first, on a platform that has worked off its warm-up; then the officer's actions; then
     * the closed-model levels. Before each, notification-service catches up with what came before.
     */
    @Override
    void measure(Benchmarks.Started started) throws Exception {
        if (settings.latencyBaselineRate() > 0) {
            signIn();
            baselineLatency = measureEventLatency(settings.latencyBaselineRate());
            awaitNotifications("the event latency phase at " + settings.latencyBaselineRate() + "/s");
        }
        signIn();
        LatencyPhase target = measureEventLatency(settings.latencyRate());
        latencyResult = target.load();
        smsLatency = target.sms();
        ministryLatency = target.ministry();
        signIn();
        measureOfficerActions();
        for (int concurrency : settings.concurrency()) {
            awaitNotifications("the phases before c=" + concurrency);
            signIn();
            int n = settings.submissions();
            results.add(phase(() -> ClosedModelLoad.run("raw PostgreSQL (JDBC)", baseline::submit, concurrency, n)));
            results.add(submitAll("direct (dossier-service)", dossierUrl, concurrency, n));
            results.add(submitAll("gateway", gatewayUrl, concurrency, n));
        }
    }

    /** A new token for the citizen before each phase: a run with its waits for a quiet machine outlasts one. */
    private void signIn() throws Exception {
        token = OidcLogin.forIssuer(issuer).accessToken("citizen", "citizen");
        citizen.token(token);
    }

    /**
     * Issue 15, item 3: submissions at a steady rate through the gateway while a ministry's consumer and the sandbox's
     * SMS inbox note when each dossier's event and SMS arrive. A dossier's commit time is the {@code occurred_at} of
     * its {@code vn.egov.dossier.submitted} outbox row, written in the submitting transaction (and sent as the
     * CloudEvent's {@code time}): at or before the commit, so the latencies are never flattering.
     */
    private LatencyPhase measureEventLatency(double rate) throws Exception {
        List<String> bodies = upload(settings.submissionsAt(rate));
        sandboxSms.clear();
        Set<String> phaseCodes = ConcurrentHashMap.newKeySet();
        LatencyPhase measured;
        try (MinistryConsumer ministry = new MinistryConsumer(MINISTRY, kafkaBootstrapServers, TOPIC, SUBMITTED)) {
            ministry.awaitAssignment(Duration.ofMinutes(1));
            LoadResult load = phase(() -> OpenModelLoad.run(
                    String.format(Locale.ROOT, "gateway at %.0f/s, events followed", rate),
                    index -> submitAsync(gatewayUrl, bodies.get((int) index), phaseCodes),
                    rate,
                    settings.latencyDuration(),
                    Duration.ofSeconds(30),
                    1000));
            Map<String, Instant> sms = awaitArrivals(phaseCodes, ministry);
            Map<String, Instant> committed = commitTimes(phaseCodes);
            measured = new LatencyPhase(
                    rate,
                    load,
                    EventLatency.match(
                            String.format(Locale.ROOT, "SMS accepted by the sandbox's eSMS API, at %.0f/s", rate),
                            phaseCodes,
                            committed,
                            sms),
                    EventLatency.match(
                            String.format(Locale.ROOT, "event polled by a ministry's consumer, at %.0f/s", rate),
                            phaseCodes,
                            committed,
                            ministry.arrivals()));
        }
        context.progress().accept(measured.sms().summary());
        context.progress().accept(measured.ministry().summary());
        return measured;
    }

    /** One event latency phase: its rate, the load it was, and the SMS's and the ministry's latencies. */
    private record LatencyPhase(double rate, LoadResult load, EventLatency sms, EventLatency ministry) {}

    /** Waits until every dossier's SMS and event have arrived, or {@link #ARRIVAL_WAIT}; returns the SMS times. */
    private Map<String, Instant> awaitArrivals(Set<String> phaseCodes, MinistryConsumer ministry) throws Exception {
        Instant deadline = Instant.now().plus(ARRIVAL_WAIT);
        Map<String, Instant> sms = sandboxSms.accepted(APPLICANT_PHONE);
        while (!(sms.keySet().containsAll(phaseCodes)
                        && ministry.arrivals().keySet().containsAll(phaseCodes))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            sms = sandboxSms.accepted(APPLICANT_PHONE);
        }
        return sms;
    }

    /** The {@code occurred_at} of each dossier's submitted event, which the submitting transaction wrote. */
    private Map<String, Instant> commitTimes(Set<String> dossierCodes) throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement s = c.prepareStatement(
                        "select subject, occurred_at from public.outbox_event where type = ? and subject = any (?)")) {
            s.setString(1, SUBMITTED);
            s.setArray(2, c.createArrayOf("text", dossierCodes.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    times.put(
                            rs.getString(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return times;
    }

    /**
     * Issue 15, item 5: the demo officer of the officer procedure's agency accepts newly submitted dossiers through
     * the gateway. The dossiers are submitted straight to dossier-service beforehand (untimed); a first batch is
     * accepted untimed too, so that the measured actions run compiled code, as the submissions do after their warm-up.
     */
    private void measureOfficerActions() throws Exception {
        officerWarmups = Math.max(200, settings.officerActions() / 2);
        int n = officerWarmups + settings.officerActions();
        List<String> bodies = upload(officerProcedure, n);
        List<String> prepared = Collections.synchronizedList(new ArrayList<>());
        LoadResult submitted = ClosedModelLoad.run(
                "officer's dossiers", index -> prepared.add(submitForCode(dossierUrl, bodies.get((int) index))), 4, n);
        if (submitted.errors() > 0) {
            throw new IllegalStateException("could not submit the officer's dossiers: " + submitted.errorSamples());
        }
        List<String> dossiers = List.copyOf(prepared);
        String officerToken = OidcLogin.forIssuer(issuer).accessToken(officer, officer);
        int concurrency = settings.officerConcurrency();
        LoadResult warm = ClosedModelLoad.run(
                "officer warm-up",
                index -> act(gatewayUrl, dossiers.get((int) index), officerToken),
                concurrency,
                officerWarmups);
        if (warm.errors() > 0) {
            throw new IllegalStateException("the officer's warm-up failed: " + warm.errorSamples());
        }
        awaitNotifications("the officer's dossiers");
        officerResult = phase(() -> ClosedModelLoad.run(
                "officer: " + OFFICER_ACTION + " (gateway)",
                index -> act(gatewayUrl, dossiers.get(officerWarmups + (int) index), officerToken),
                concurrency,
                settings.officerActions()));
    }

    private boolean act(URI base, String code, String officerToken) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/dossiers/" + code + "/actions/" + OFFICER_ACTION))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + officerToken)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return true;
    }

    /** Waits until notification-service has handled every dossier event so far; notes it when it has not. */
    private void awaitNotifications(String after) throws Exception {
        try (ConsumerLag lag = new ConsumerLag(kafkaSuperUser)) {
            if (!lag.awaitCaughtUp(NOTIFICATION_GROUPS, TOPIC, NOTIFICATION_CATCH_UP, context.progress())) {
                notificationBacklogs.add(after);
            }
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

    /** The level-4 procedure with online delivery and the fewest required documents that {@code acceptable} takes. */
    private Chosen choose(URI catalogue, Predicate<Map<String, Object>> acceptable) throws Exception {
        CatalogueEntry entry = fewestDocuments(catalogue, uri -> getJson(uri, null), acceptable);
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
        submitForCode(base, body);
        return true;
    }

    /** Submits and returns the new dossier's code. */
    private String submitForCode(URI base, String body) throws Exception {
        return answered(http.send(submission(base, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** The same without blocking, for the open model; each new dossier's code also goes to {@code phaseCodes}. */
    private CompletableFuture<Boolean> submitAsync(URI base, String body, Set<String> phaseCodes) {
        return http.sendAsync(submission(base, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> {
                    String code = answered(response);
                    if (code == null) {
                        return false;
                    }
                    phaseCodes.add(code);
                    return true;
                });
    }

    private HttpRequest submission(URI base, String body) {
        return citizen.post(URI.create(base + "/api/dossiers"), body);
    }

    /** Counts a submission's answer; throws unless it is a 201, returns the dossier code it names (null if none). */
    private String answered(HttpResponse<String> response) {
        statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
        if (response.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        created.increment();
        Matcher code = CODE.matcher(response.body());
        if (!code.find()) {
            return null;
        }
        codes.add(code.group(1));
        return code.group(1);
    }

    /** One submission body per call, each with its own freshly uploaded files (a file serves one dossier). */
    private List<String> upload(int n) throws Exception {
        return upload(procedure, n);
    }

    private List<String> upload(Chosen procedure, int n) throws Exception {
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
                "- Errors during the measured phases: %s. HTTP statuses over the whole run: %s.%n",
                errorsFree
                        ? "none"
                        : results.stream().mapToLong(LoadResult::errors).sum() + "",
                verification.statuses()));
        md.append(String.format(
                Locale.ROOT,
                "- Event latency at %.0f submissions/s through the gateway (%s): SMS handed to the sandbox p99 %.1f ms"
                        + " (target ≤ %.0f ms): **%s**; event at a ministry's consumer p99 %.1f ms (target ≤ %.0f ms):"
                        + " **%s**; dossiers matched: %d of %d (SMS), %d of %d (ministry).%n",
                settings.latencyRate(),
                sustained(latencyResult, settings.latencyRate())
                        ? "kept up with"
                        : String.format(Locale.ROOT, "NOT kept up with: %.1f/s", latencyResult.achievedRate()),
                smsLatency.percentile(99),
                SMS_TARGET_MILLIS,
                smsLatency.meets(SMS_TARGET_MILLIS) ? "met" : "NOT met",
                ministryLatency.percentile(99),
                MINISTRY_TARGET_MILLIS,
                ministryLatency.meets(MINISTRY_TARGET_MILLIS) ? "met" : "NOT met",
                smsLatency.matched(),
                smsLatency.expected(),
                ministryLatency.matched(),
                ministryLatency.expected()));
        if (baselineLatency != null) {
            md.append(String.format(
                    Locale.ROOT,
                    "- The same at %.0f submissions/s, the baseline of the same run (%s): SMS p99 %.1f ms, ministry p99"
                            + " %.1f ms; at the target rate they are %.1f and %.1f times as long.%n",
                    baselineLatency.rate(),
                    sustained(baselineLatency.load(), baselineLatency.rate())
                            ? "kept up with"
                            : String.format(
                                    Locale.ROOT,
                                    "NOT kept up with: %.1f/s",
                                    baselineLatency.load().achievedRate()),
                    baselineLatency.sms().percentile(99),
                    baselineLatency.ministry().percentile(99),
                    smsLatency.percentile(99) / baselineLatency.sms().percentile(99),
                    ministryLatency.percentile(99) / baselineLatency.ministry().percentile(99)));
        }
        md.append(String.format(
                Locale.ROOT,
                "- Officer action (`%s` by `%s` through the gateway, %s): %.1f/s, p99 %.1f ms, %d errors%s.%n%n",
                OFFICER_ACTION,
                officer,
                officerResult.model(),
                officerResult.achievedRate(),
                officerResult.percentileMillis(99),
                officerResult.errors(),
                hasCpu()
                        ? String.format(
                                Locale.ROOT,
                                ", %.2f ms of CPU per action in all processes",
                                cpuPerCall(officerResult, CPU_GROUPS))
                        : ""));
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
            List<LoadResult> submissions = new ArrayList<>(results);
            if (baselineLatency != null) {
                submissions.add(baselineLatency.load());
            }
            submissions.add(latencyResult);
            md.append(cpuTable(submissions, CPU_GROUPS));
        }
        md.append("\n");
        eventLatencySection(md);
        officerSection(md);
    }

    private void eventLatencySection(StringBuilder md) {
        md.append(String.format(
                Locale.ROOT,
                "## Event latency (open model, %s submissions/s for %d s each through the gateway)%n%n",
                baselineLatency == null
                        ? String.format(Locale.ROOT, "%.0f", settings.latencyRate())
                        : String.format(Locale.ROOT, "%.0f, then %.0f", baselineLatency.rate(), settings.latencyRate()),
                settings.latencyDuration().toSeconds()));
        md.append("From a dossier's commit to its \"received\" SMS accepted by the partner sandbox's eSMS API (sent by"
                + " notification-service) and to its `" + SUBMITTED + "` event polled by a ministry's own consumer"
                + " (Kafka user `ministry-" + MINISTRY + "`, a fresh group `ministry." + MINISTRY + ".*` subscribed"
                + " before the phase, default fetch settings, polls of at most " + MinistryConsumer.POLL.toMillis()
                + " ms). The commit time is the `occurred_at` of the dossier's outbox row (the CloudEvent's `time`),"
                + " written in the submitting transaction, so at or before the commit. All processes run on one"
                + " machine and read one clock.\n\n");
        md.append(LoadResult.tableHeader());
        if (baselineLatency != null) {
            md.append(baselineLatency.load().tableRow());
        }
        md.append(latencyResult.tableRow());
        md.append('\n');
        md.append(EventLatency.tableHeader());
        List<EventLatency> latencies = new ArrayList<>();
        if (baselineLatency != null) {
            md.append(baselineLatency.sms().tableRow(SMS_TARGET_MILLIS));
            md.append(baselineLatency.ministry().tableRow(MINISTRY_TARGET_MILLIS));
            latencies.add(baselineLatency.sms());
            latencies.add(baselineLatency.ministry());
        }
        md.append(smsLatency.tableRow(SMS_TARGET_MILLIS));
        md.append(ministryLatency.tableRow(MINISTRY_TARGET_MILLIS));
        latencies.add(smsLatency);
        latencies.add(ministryLatency);
        md.append('\n');
        for (EventLatency latency : latencies) {
            if (latency.unmatched() > 0) {
                md.append(String.format(
                        Locale.ROOT,
                        "%d dossier(s) of the phase had no %s within %d minutes of its end (or no commit time).%n%n",
                        latency.unmatched(),
                        latency.where(),
                        ARRIVAL_WAIT.toMinutes()));
            }
        }
    }

    private void officerSection(StringBuilder md) {
        md.append(String.format(
                Locale.ROOT, "## Officer actions (closed model, %d actions)%n%n", settings.officerActions()));
        md.append(String.format(
                Locale.ROOT,
                "The demo officer `%s` (agency %s) performs `POST /api/dossiers/{code}/actions/%s` through the gateway"
                        + " on dossiers of procedure %s that the citizen submitted before the phase (untimed, straight"
                        + " to dossier-service); %d more were accepted untimed first, as a warm-up.%n%n",
                officer,
                officerProcedure.agencyCode(),
                OFFICER_ACTION,
                officerProcedure.code(),
                officerWarmups));
        md.append(LoadResult.tableHeader());
        md.append(officerResult.tableRow());
        if (hasCpu()) {
            md.append("\n## Where the CPU went (milliseconds of CPU per officer action)\n\n");
            md.append("Measured as for the submissions; the action's own work (dossier-service, gateway, PostgreSQL)"
                    + " and what it sets off during the phase (the `accepted` event through Kafka to notification-service"
                    + " and its SMS and e-mail to the sandbox, and to catalogue-service).\n\n");
            md.append(cpuTable(List.of(officerResult), CPU_GROUPS));
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
        md.append(String.format(
                Locale.ROOT,
                "| event latency phase | first of the measured phases: %d submissions at %.0f/s through the gateway"
                        + " (files uploaded before, untimed); SMS to %s; ministry `%s` |%n",
                settings.latencySubmissions(),
                settings.latencyRate(),
                APPLICANT_PHONE,
                MINISTRY));
        md.append(String.format(
                Locale.ROOT,
                "| officer phase | second: procedure %s %s (agency %s), officer `%s`, action `%s`, %d warm-up and %d"
                        + " measured actions at c=%d |%n",
                officerProcedure.code(),
                officerProcedure.name(),
                officerProcedure.agencyCode(),
                officer,
                OFFICER_ACTION,
                officerWarmups,
                settings.officerActions(),
                settings.officerConcurrency()));
        md.append("| notifications | notification-service sends each submission's SMS and e-mail to the sandbox and"
                + " pushes it to the sandbox's national portal; before each phase the tool waits until its consumer"
                + " groups have caught up with `" + TOPIC + "` |\n");
    }

    @Override
    void closing(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "The baseline wrote %d dossiers to its own copies of the tables (expected %d).%n%n",
                verification.baselineRows(),
                verification.baselineExpected()));
        for (String after : notificationBacklogs) {
            md.append("notification-service had not caught up with " + after + " after "
                    + NOTIFICATION_CATCH_UP.toMinutes() + " minutes; the next phase ran beside its backlog.\n\n");
        }
        List<LoadResult> all = new ArrayList<>(results);
        if (baselineLatency != null) {
            all.add(baselineLatency.load());
        }
        all.add(latencyResult);
        all.add(officerResult);
        appendErrors(md, all);
    }
}
