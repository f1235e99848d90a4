package vn.egov.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.egov.devstack.Platform;
import vn.egov.devstack.PlatformService;
import vn.egov.embedded.PostgresServer;
import vn.egov.embedded.oidc.OidcLogin;

/**
 * The payments issue's benchmark (item 8): signed MoMo IPNs posted through the gateway to
 * {@code /api/payments/callbacks/momo} at a steady rate (open model), 65 % first deliveries, 30 % duplicates of an
 * IPN already sent and 5 % forgeries, beside a raw PostgreSQL baseline of the same callbacks in the same run. First
 * p50/p99/max at the steady rate (target p99 ≤ 50 ms at 300/s), then the rate stepped up until a target no longer
 * keeps up, for the most sustained rate of each and their ratio; CPU per callback by process. Afterwards it counts in
 * payment-service's database: one success, one receipt and one {@code vn.egov.payment.succeeded} outbox row per
 * paid payment, every forgery refused, every callback recorded.
 *
 * <p>The benchmark plays MoMo: the payments are real (dossiers submitted by the demo citizen, payments started
 * through the gateway, MoMo orders created at the partner sandbox), prepared before each phase and not timed; the
 * IPNs are built and signed here ({@link MomoIpn}) with MoMo's public sandbox key.
 */
final class CallbackBenchmark extends PlatformBenchmark {

    static final double P99_TARGET_MS = 50;
    static final double FIRST_SHARE = 0.65;
    static final double DUPLICATE_SHARE = 0.30;
    static final double FORGED_SHARE = 0.05;

    static final Duration DRAIN = Duration.ofSeconds(15);
    /** Above the gateway's and Tomcat's concurrency, so that the platform, not the generator, is what queues. */
    static final int MAX_IN_FLIGHT = 256;

    static final Duration WARMUP_ROUND = Duration.ofSeconds(10);
    /**
     * The warm-up's rate, as a share of the steady rate: a cold platform sent the full rate falls minutes behind,
     * times calls out and spends the warm-up's time limit draining them instead of compiling (2026-12-07: two rounds
     * of 35 s with 1,427 and 191 errors, the JIT still compiling 64% of the time when measuring began).
     */
    static final double WARMUP_SHARE = 0.75;
    /** The JIT of the three busy services takes minutes to settle on two cores; the payments of a round take a minute. */
    static final Duration MAX_WARMUP = Duration.ofMinutes(10);
    /** Duplicates repeat one of the last this-many genuine IPNs sent, often one still being handled. */
    static final int DUPLICATE_WINDOW = 500;
    /** Started payments that only ever receive forgeries: one that turned SUCCESS would be a forgery accepted. */
    static final int FORGERY_TARGETS = 100;

    static final String SUCCEEDED = "vn.egov.payment.succeeded";
    static final String GATEWAY = "gateway";
    static final String RAW = "raw PostgreSQL (JDBC)";

    static final EnumSet<PlatformService> SERVICES = EnumSet.of(
            PlatformService.IDENTITY,
            PlatformService.SANDBOX,
            PlatformService.CATALOGUE,
            PlatformService.DOSSIER,
            PlatformService.PAYMENT,
            PlatformService.GATEWAY);
    /** The process groups of the CPU table, in its column order. */
    static final List<String> CPU_GROUPS = List.of(
            PlatformService.PAYMENT.module(),
            PlatformService.GATEWAY.module(),
            ProcessCpu.POSTGRES,
            ProcessCpu.KAFKA,
            PlatformService.DOSSIER.module(),
            PlatformService.CATALOGUE.module(),
            PlatformService.IDENTITY.module(),
            PlatformService.SANDBOX.module(),
            ProcessCpu.GENERATOR);

    /**
     * @param rate callbacks per second of the steady phase (the target is stated at 300)
     * @param duration the steady phase
     * @param stepDuration each step of the step-up
     * @param stepFactor each step's rate is the previous one's times this
     * @param maxSteps at most this many steps per target
     * @param stepFrom the first step's rate; 0 for the steady rate times {@code stepFactor}
     */
    record Settings(
            double rate, Duration duration, Duration stepDuration, double stepFactor, int maxSteps, double stepFrom) {}

    /** A started MoMo payment, as {@code POST /api/payments} answered. */
    record Payment(String id, String providerOrderId, long amount, String dossierCode) {}

    enum Kind {
        FIRST,
        DUPLICATE,
        FORGED
    }

    /** One callback of a phase, built before the phase starts. */
    record Planned(Kind kind, Payment payment, MomoIpn ipn, String body) {}

    /** The chosen procedure: level 4, online delivery, a fee MoMo accepts, the fewest required documents. */
    record Chosen(String code, String name, String agencyCode, long feeTotal, List<String> requiredDocuments) {}

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final LoadClient load = new LoadClient(MAX_IN_FLIGHT, "application/json");
    private final List<LoadResult> steady = new ArrayList<>();
    private final List<LoadResult> steps = new ArrayList<>();
    private final Map<LoadResult, Double> offered = new HashMap<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Random random = new Random(42);

    private Platform platform;
    private URI gatewayUrl;
    private URI dossierUrl;
    private String jdbcUrl;
    private Chosen procedure;
    private CitizenRequests citizen;
    private RawCallbacks baseline;
    private Plan gatewayPlan;
    private Plan rawPlan;
    private JitWarmup.Outcome warmupOutcome;
    private int prepared;
    private double preparedPerSecond;
    private Verification verification;

    CallbackBenchmark(Benchmarks.Context context, Settings settings) {
        super(context, "Payment callback benchmark (payments issue, item 8)", "callbacks.md", SERVICES, true);
        this.settings = settings;
    }

    /**
     * The sandbox never hears that the benchmark's payments were paid (the benchmark, not the sandbox, sends the
     * IPNs), so payment-service's reconciliation, which asks the partner about payments open for more than two
     * minutes and expires them after fifteen, is kept away from the run's payments; a real payment's IPN comes
     * within seconds of the payer's confirmation.
     */
    @Override
    List<String> extraJvmOptions() {
        return List.of("-Degov.payments.reconciliation.settle-after=3h", "-Degov.payments.expiry=3h");
    }

    @Override
    void prepare(Benchmarks.Started started) throws Exception {
        platform = started.platform();
        gatewayUrl = platform.url(PlatformService.GATEWAY);
        dossierUrl = platform.url(PlatformService.DOSSIER);
        jdbcUrl = platform.jdbcUrl("payment");
        citizen = new CitizenRequests(http, dossierUrl, gatewayUrl);
        procedure = choose(platform.url(PlatformService.CATALOGUE));
        context.progress()
                .accept("procedure " + procedure.code() + " (" + procedure.name() + "), fee " + procedure.feeTotal()
                        + " VND, " + procedure.requiredDocuments().size() + " required document(s)");
        gatewayPlan = new Plan(createPayments(FORGERY_TARGETS));
        baseline = new RawCallbacks(jdbcUrl);
        baseline.createTables();
        rawPlan = new Plan(baseline.addStartedPayments(FORGERY_TARGETS));

        double warmupRate = settings.rate() * WARMUP_SHARE;
        int perRound = firstDeliveries(warmupRate, WARMUP_ROUND);
        warmupOutcome = new JitWarmup(List.of(
                        platform.managementUrl(PlatformService.PAYMENT),
                        platform.managementUrl(PlatformService.GATEWAY),
                        platform.managementUrl(PlatformService.DOSSIER)))
                .run(
                        () -> {
                            gatewayPlan.add(createPayments(perRound));
                            rawPlan.add(baseline.addStartedPayments(perRound));
                            coolDown();
                        },
                        () -> {
                            context.progress()
                                    .accept("(warm-up) "
                                            + gatewayPhase(warmupRate, WARMUP_ROUND)
                                                    .summary());
                            context.progress()
                                    .accept("(warm-up) "
                                            + rawPhase(warmupRate, WARMUP_ROUND).summary());
                        },
                        2,
                        MAX_WARMUP,
                        context.progress());
        context.progress().accept("warm-up: " + warmupOutcome.describe());
    }

    @Override
    void measure(Benchmarks.Started started) throws Exception {
        topUp(settings.rate(), settings.duration());
        steady.add(phase(() -> rawPhase(settings.rate(), settings.duration())));
        coolDown();
        steady.add(phase(() -> gatewayPhase(settings.rate(), settings.duration())));
        coolDown();
        boolean rawKeepsUp = true;
        boolean gatewayKeepsUp = true;
        double rate = settings.rate();
        for (int step = 0; step < settings.maxSteps() && (rawKeepsUp || gatewayKeepsUp); step++) {
            rate = step == 0 && settings.stepFrom() > 0
                    ? settings.stepFrom()
                    : Math.round(rate * settings.stepFactor());
            double r = rate;
            if (rawKeepsUp) {
                rawPlan.add(baseline.addStartedPayments(firstDeliveries(r, settings.stepDuration())));
                LoadResult raw = phase(() -> rawPhase(r, settings.stepDuration()));
                steps.add(raw);
                rawKeepsUp = sustained(raw);
                coolDown();
            }
            if (gatewayKeepsUp) {
                gatewayPlan.add(createPayments(firstDeliveries(r, settings.stepDuration())));
                coolDown();
                LoadResult gateway = phase(() -> gatewayPhase(r, settings.stepDuration()));
                steps.add(gateway);
                gatewayKeepsUp = sustained(gateway);
                coolDown();
            }
        }
    }

    @Override
    void afterMeasuring(Benchmarks.Started started) throws Exception {
        verification = verify();
        context.progress().accept(verification.toString());
        baseline.close();
        load.close();
    }

    /** Both targets get the payments of a phase at this rate before the first of them runs. */
    private void topUp(double rate, Duration duration) throws Exception {
        int n = firstDeliveries(rate, duration);
        gatewayPlan.add(createPayments(n));
        rawPlan.add(baseline.addStartedPayments(n));
        coolDown();
    }

    /** First deliveries a phase needs, with a margin for the mix's randomness. */
    static int firstDeliveries(double rate, Duration duration) {
        double calls = rate * duration.toMillis() / 1000.0;
        return (int) Math.ceil(calls * FIRST_SHARE + 4 * Math.sqrt(calls) + 20);
    }

    private boolean sustained(LoadResult result) {
        return sustained(result, offered.get(result));
    }

    private LoadResult gatewayPhase(double rate, Duration duration) {
        List<Planned> calls = gatewayPlan.next((int) Math.round(rate * duration.toMillis() / 1000.0));
        URI callbacks = URI.create(gatewayUrl + "/api/payments/callbacks/momo");
        LoadResult result = OpenModelLoad.run(
                GATEWAY,
                index -> {
                    Planned call = calls.get((int) index);
                    gatewayPlan.sent(call);
                    return load.post(callbacks, call.body()).thenApply(status -> {
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        return status == (call.kind() == Kind.FORGED ? 400 : 204);
                    });
                },
                rate,
                duration,
                DRAIN,
                MAX_IN_FLIGHT);
        offered.put(result, rate);
        return result;
    }

    private LoadResult rawPhase(double rate, Duration duration) {
        List<Planned> calls = rawPlan.next((int) Math.round(rate * duration.toMillis() / 1000.0));
        LoadResult result = OpenModelLoad.run(
                RAW,
                // Counted when a worker takes it: calls still queued when a step is given up are never applied.
                index -> baseline.start(calls.get((int) index), rawPlan::sent),
                rate,
                duration,
                DRAIN,
                MAX_IN_FLIGHT);
        baseline.abandonQueued();
        offered.put(result, rate);
        return result;
    }

    /**
     * The callbacks of one target: fresh started payments for first deliveries, a window of the genuine IPNs sent
     * for duplicates, a fixed set of never-paid payments for forgeries. What was actually sent is what is counted.
     */
    final class Plan {

        private final ArrayDeque<Payment> fresh = new ArrayDeque<>();
        private final List<Payment> forgeryTargets;
        private final ArrayDeque<MomoIpn> recent = new ArrayDeque<>();
        private final Set<String> paid = ConcurrentHashMap.newKeySet();
        private final Set<String> forgedBodies = ConcurrentHashMap.newKeySet();
        private final Map<Kind, LongAdder> sent = new ConcurrentHashMap<>();
        private final AtomicInteger genuine = new AtomicInteger();
        private long transId = 4_200_000_000L;

        Plan(List<Payment> forgeryTargets) {
            this.forgeryTargets = List.copyOf(forgeryTargets);
        }

        void add(List<Payment> payments) {
            fresh.addAll(payments);
        }

        List<Planned> next(int count) {
            List<Planned> calls = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                double draw = random.nextDouble();
                long now = System.currentTimeMillis();
                if (draw < FORGED_SHARE) {
                    Payment target = forgeryTargets.get(random.nextInt(forgeryTargets.size()));
                    MomoIpn genuineIpn = ipn(target, now, MomoIpn.SANDBOX_SECRET_KEY);
                    // Half signed with a key that is not MoMo's, half MoMo's signature over a lower amount.
                    MomoIpn forged = random.nextBoolean()
                            ? ipn(target, now, "forged-" + MomoIpn.SANDBOX_SECRET_KEY)
                            : genuineIpn.withAmount(
                                    target.amount() > 10_000 ? target.amount() / 10 : target.amount() + 1_000);
                    calls.add(new Planned(Kind.FORGED, target, forged, forged.json()));
                } else if (draw < FORGED_SHARE + DUPLICATE_SHARE && !recent.isEmpty()) {
                    MomoIpn again = randomRecent();
                    calls.add(new Planned(Kind.DUPLICATE, null, again, again.json()));
                } else {
                    Payment payment = fresh.poll();
                    if (payment == null) {
                        throw new IllegalStateException("not enough started payments prepared for the phase");
                    }
                    MomoIpn ipn = ipn(payment, now, MomoIpn.SANDBOX_SECRET_KEY);
                    calls.add(new Planned(Kind.FIRST, payment, ipn, ipn.json()));
                    recent.addLast(ipn);
                    if (recent.size() > DUPLICATE_WINDOW) {
                        recent.removeFirst();
                    }
                }
            }
            return calls;
        }

        private MomoIpn randomRecent() {
            int skip = random.nextInt(recent.size());
            var iterator = recent.descendingIterator();
            for (int i = 0; i < skip; i++) {
                iterator.next();
            }
            return iterator.next();
        }

        private MomoIpn ipn(Payment payment, long responseTime, String key) {
            return MomoIpn.paid(
                    payment.providerOrderId(),
                    payment.id(),
                    payment.amount(),
                    "Le phi ho so " + payment.dossierCode(),
                    transId++,
                    responseTime,
                    key);
        }

        /** Called when a call is actually sent (the open model skips calls when too many are open). */
        void sent(Planned call) {
            sent.computeIfAbsent(call.kind(), k -> new LongAdder()).increment();
            if (call.kind() == Kind.FORGED) {
                forgedBodies.add(call.body());
            } else {
                genuine.incrementAndGet();
                paid.add(call.ipn().requestId());
            }
        }

        long sent(Kind kind) {
            LongAdder n = sent.get(kind);
            return n == null ? 0 : n.sum();
        }

        long sentTotal() {
            return sent(Kind.FIRST) + sent(Kind.DUPLICATE) + sent(Kind.FORGED);
        }
    }

    /** The level-4 procedure with online delivery and a fee MoMo takes (1,000 to 50,000,000 VND), fewest documents. */
    private Chosen choose(URI catalogue) throws Exception {
        CatalogueEntry entry = fewestDocuments(catalogue, uri -> getJson(http, uri), detail -> {
            Object fee = detail.get("feeTotal");
            long feeTotal = fee == null ? 0 : ((Number) fee).longValue();
            return feeTotal >= 1_000 && feeTotal <= 50_000_000;
        });
        Map<String, Object> detail = entry.detail();
        return new Chosen(
                (String) detail.get("code"),
                (String) detail.get("name"),
                (String) detail.get("agencyCode"),
                ((Number) detail.get("feeTotal")).longValue(),
                entry.requiredDocuments());
    }

    /**
     * {@code n} started MoMo payments, each of a dossier of its own: the files uploaded and the dossier submitted
     * straight to dossier-service (cheaper, and not what is measured), the payment started through the gateway with an
     * {@code Idempotency-Key}, as the citizen's browser does. A fresh token per batch: a run outlasts one.
     */
    private List<Payment> createPayments(int n) throws Exception {
        citizen.token(OidcLogin.forIssuer(platform.issuer()).accessToken("citizen", "citizen"));
        long began = System.nanoTime();
        ExecutorService preparers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Payment>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(preparers.submit(
                        () -> citizen.startMomoPayment(procedure.code(), procedure.requiredDocuments())));
            }
            List<Payment> payments = new ArrayList<>(n);
            for (Future<Payment> payment : futures) {
                payments.add(payment.get());
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            prepared += n;
            preparedPerSecond = n / seconds;
            context.progress()
                    .accept(String.format(
                            Locale.ROOT, "prepared %d started payments in %.1f s (%.0f/s)", n, seconds, n / seconds));
            return payments;
        } finally {
            preparers.shutdownNow();
        }
    }

    /**
     * Waits until the payment database runs no query but ours and the outbox has drained: a phase, or the preparation
     * before it, leaves work behind (queued callbacks, events to relay) that would otherwise be measured as the next
     * phase's.
     */
    private void coolDown() throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement()) {
            AtomicInteger idleInARow = new AtomicInteger();
            Awaitility.await("an idle payment database")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        long active = count(
                                statement,
                                "select count(*) from pg_stat_activity where datname = current_database()"
                                        + " and state = 'active' and pid <> pg_backend_pid()");
                        long pending =
                                count(statement, "select count(*) from public.outbox_event where published_at is null");
                        if (active == 0 && pending == 0) {
                            return idleInARow.incrementAndGet() >= 3;
                        }
                        idleInARow.set(0);
                        return false;
                    });
        } catch (ConditionTimeoutException busy) {
            // Measure anyway: the report's load averages show a machine that never calmed down.
        }
        // The database is idle, but dossier-service may still be applying the phase's events.
        Machine.awaitIdle(IDLE_SHARE, Duration.ofMinutes(1));
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * What the after-run count found in payment-service's database, against what the benchmark sent through the
     * gateway (warm-up included).
     *
     * @param paid payments some genuine IPN was sent for
     * @param success payments in {@code SUCCESS}
     * @param successNotPaid payments in {@code SUCCESS} the benchmark sent no genuine IPN for (a forgery accepted)
     * @param paidNotSuccess paid payments not in {@code SUCCESS}
     * @param receipts receipts of paid payments; {@code receiptsTwice} payments with more than one
     * @param receiptsUnpaid receipts of payments not paid
     * @param outbox {@code vn.egov.payment.succeeded} outbox rows; {@code outboxTwice} payments with more than one
     * @param outboxUnpaid such rows of payments not paid
     * @param outboxUnpublished of them still unpublished at the count
     * @param sent callbacks sent (first, duplicate, forged); {@code recorded} rows in {@code payment_callback}
     * @param handlings the recorded callbacks by handling
     * @param forgedNotRefused forged callbacks whose recorded handling is not {@code REFUSED}, or not recorded
     */
    record Verification(
            long paid,
            long success,
            long successNotPaid,
            long paidNotSuccess,
            long receipts,
            long receiptsTwice,
            long receiptsUnpaid,
            long outbox,
            long outboxTwice,
            long outboxUnpaid,
            long outboxUnpublished,
            long sentFirst,
            long sentDuplicate,
            long sentForged,
            long recorded,
            Map<String, Long> handlings,
            long forgedNotRefused,
            Map<Integer, Long> statuses,
            long rawSuccess,
            long rawOutbox,
            long rawPaid) {

        long sent() {
            return sentFirst + sentDuplicate + sentForged;
        }

        long handled(String handling) {
            return handlings.getOrDefault(handling, 0L);
        }

        boolean moneyMovedOnce() {
            return success == paid
                    && successNotPaid == 0
                    && paidNotSuccess == 0
                    && receipts == paid
                    && receiptsTwice == 0
                    && receiptsUnpaid == 0
                    && outbox == paid
                    && outboxTwice == 0
                    && outboxUnpaid == 0;
        }

        boolean forgeriesRefused() {
            return forgedNotRefused == 0 && handled("REFUSED") == sentForged && successNotPaid == 0;
        }

        boolean everyCallbackRecorded() {
            return recorded == sent()
                    && handled("APPLIED") == paid
                    && handled("DUPLICATE") == sent() - sentForged - paid
                    && handled("REFUSED") == sentForged
                    && handlings.keySet().stream().allMatch(h -> Set.of("APPLIED", "DUPLICATE", "REFUSED")
                            .contains(h));
        }

        boolean baselineExact() {
            return rawSuccess == rawPaid && rawOutbox == rawPaid;
        }

        boolean allHold() {
            return moneyMovedOnce() && forgeriesRefused() && everyCallbackRecorded() && baselineExact();
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "paid %d, SUCCESS %d (not paid %d, paid not SUCCESS %d), receipts %d (twice %d, unpaid %d),"
                            + " outbox %d (twice %d, unpaid %d, unpublished %d); sent %d first, %d duplicates, %d"
                            + " forged; recorded %d %s, forged not refused %d; HTTP %s; baseline SUCCESS %d, outbox %d"
                            + " of %d paid",
                    paid,
                    success,
                    successNotPaid,
                    paidNotSuccess,
                    receipts,
                    receiptsTwice,
                    receiptsUnpaid,
                    outbox,
                    outboxTwice,
                    outboxUnpaid,
                    outboxUnpublished,
                    sentFirst,
                    sentDuplicate,
                    sentForged,
                    recorded,
                    handlings,
                    forgedNotRefused,
                    statuses,
                    rawSuccess,
                    rawOutbox,
                    rawPaid);
        }
    }

    private Verification verify() throws Exception {
        context.progress().accept("counting: payments, receipts, outbox, callbacks");
        coolDown();
        Set<String> paid = new HashSet<>(gatewayPlan.paid);
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement s = c.createStatement()) {
            Set<String> success = ids(s, "select id::text from public.payment where status = 'SUCCESS'");
            Map<String, Long> receipts = perPayment(
                    s, "select payment_id::text, count(*) from public.receipt where number is not null group by 1");
            Map<String, Long> outbox = perPayment(
                    s,
                    "select data->>'paymentId', count(*) from public.outbox_event where type = '" + SUCCEEDED
                            + "' group by 1");
            long unpublished = count(
                    s,
                    "select count(*) from public.outbox_event where type = '" + SUCCEEDED
                            + "' and published_at is null");
            long recorded = count(s, "select count(*) from public.payment_callback");
            Map<String, Long> handlings = new TreeMap<>();
            try (ResultSet rs = s.executeQuery(
                    "select coalesce(handling, 'none'), count(*) from public.payment_callback group by 1")) {
                while (rs.next()) {
                    handlings.put(rs.getString(1), rs.getLong(2));
                }
            }
            Set<String> refusedBodies = ids(s, "select body from public.payment_callback where handling = 'REFUSED'");
            long forgedNotRefused = gatewayPlan.forgedBodies.stream()
                    .filter(body -> !refusedBodies.contains(body))
                    .count();
            Set<String> successNotPaid = new HashSet<>(success);
            successNotPaid.removeAll(paid);
            Set<String> paidNotSuccess = new HashSet<>(paid);
            paidNotSuccess.removeAll(success);
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach((status, n) -> byStatus.put(status, n.sum()));
            long[] raw = baseline.counts();
            return new Verification(
                    paid.size(),
                    success.size(),
                    successNotPaid.size(),
                    paidNotSuccess.size(),
                    paid.stream().filter(receipts::containsKey).count(),
                    receipts.values().stream().filter(n -> n > 1).count(),
                    receipts.keySet().stream().filter(id -> !paid.contains(id)).count(),
                    paid.stream().filter(outbox::containsKey).count(),
                    outbox.values().stream().filter(n -> n > 1).count(),
                    outbox.keySet().stream().filter(id -> !paid.contains(id)).count(),
                    unpublished,
                    gatewayPlan.sent(Kind.FIRST),
                    gatewayPlan.sent(Kind.DUPLICATE),
                    gatewayPlan.sent(Kind.FORGED),
                    recorded,
                    handlings,
                    forgedNotRefused,
                    byStatus,
                    raw[0],
                    raw[1],
                    rawPlan.paid.size());
        }
    }

    private static Set<String> ids(Statement s, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Map<String, Long> perPayment(Statement s, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** The highest step (or the steady phase) a target kept up with. */
    private LoadResult mostSustained(String target) {
        List<LoadResult> all = new ArrayList<>(steady);
        all.addAll(steps);
        return mostSustained(all, target, offered);
    }

    /** The first step a target did not keep up with, if any. */
    private LoadResult firstMissed(String target) {
        List<LoadResult> all = new ArrayList<>(steady);
        all.addAll(steps);
        return all.stream()
                .filter(r -> r.target().equals(target) && !sustained(r))
                .findFirst()
                .orElse(null);
    }

    @Override
    void verdict(StringBuilder md, Run run) {
        LoadResult gateway = steady.get(1);
        boolean p99Met = gateway.errors() == 0
                && gateway.percentileMillis(99) <= P99_TARGET_MS
                && sustained(gateway)
                && settings.rate() == 300;
        md.append(String.format(
                Locale.ROOT,
                "- Through the gateway p99 ≤ %.0f ms at 300 callbacks/s: **%s** (p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " at %.0f/s offered, %.1f/s achieved, %d errors).%n",
                P99_TARGET_MS,
                settings.rate() != 300 ? "not measured at 300/s" : p99Met ? "met" : "NOT met",
                gateway.percentileMillis(50),
                gateway.percentileMillis(99),
                gateway.maxMillis(),
                settings.rate(),
                gateway.achievedRate(),
                gateway.errors()));
        LoadResult raw = mostSustained(RAW);
        LoadResult best = mostSustained(GATEWAY);
        md.append(String.format(
                Locale.ROOT,
                "- Most sustained (the highest offered rate kept up with: every call answered as expected, at least"
                        + " %.0f%% of the rate achieved): gateway %s, raw PostgreSQL %s%s.%n",
                SUSTAINED_SHARE * 100,
                describeBest(best, GATEWAY),
                describeBest(raw, RAW),
                best != null && raw != null
                        ? String.format(
                                Locale.ROOT,
                                ": gateway = **%.1f%% of raw**",
                                best.achievedRate() / raw.achievedRate() * 100)
                        : ""));
        Verification v = verification;
        md.append(String.format(
                Locale.ROOT,
                "- Counted after the run in payment-service's database: %d payments paid (a genuine IPN sent), %d"
                        + " `SUCCESS`, %d receipts, %d `%s` outbox rows (%d unpublished): **%s**.%n",
                v.paid(),
                v.success(),
                v.receipts(),
                v.outbox(),
                SUCCEEDED,
                v.outboxUnpublished(),
                v.moneyMovedOnce()
                        ? "exactly one success, one receipt and one event per paid payment"
                        : String.format(
                                Locale.ROOT,
                                "FAILURE: SUCCESS without a genuine IPN %d, paid not SUCCESS %d, receipts twice %d,"
                                        + " receipts of unpaid %d, events twice %d, events of unpaid %d",
                                v.successNotPaid(),
                                v.paidNotSuccess(),
                                v.receiptsTwice(),
                                v.receiptsUnpaid(),
                                v.outboxTwice(),
                                v.outboxUnpaid())));
        md.append(String.format(
                Locale.ROOT,
                "- Forgeries: %d sent, %d recorded `REFUSED`, %d not refused, %d forgery targets paid: **%s**.%n",
                v.sentForged(),
                v.handled("REFUSED"),
                v.forgedNotRefused(),
                v.successNotPaid(),
                v.forgeriesRefused() ? "none accepted" : "FAILURE"));
        md.append(String.format(
                Locale.ROOT,
                "- Callbacks: %d sent (%d first deliveries, %d duplicates, %d forged), %d recorded in"
                        + " `payment_callback` by handling %s: **%s**.%n",
                v.sent(),
                v.sentFirst(),
                v.sentDuplicate(),
                v.sentForged(),
                v.recorded(),
                v.handlings(),
                v.everyCallbackRecorded() ? "every callback recorded with the expected handling" : "FAILURE"));
        md.append(String.format(
                Locale.ROOT,
                "- Errors during the measured phases: %s. HTTP statuses over the whole run: %s.%n%n",
                steady.stream().allMatch(r -> r.errors() == 0)
                        ? "none at the steady rate"
                        : steady.stream().mapToLong(LoadResult::errors).sum() + " at the steady rate",
                v.statuses()));
    }

    private String describeBest(LoadResult best, String target) {
        LoadResult missed = firstMissed(target);
        String next = missed == null
                ? ", the highest rate tried"
                : String.format(Locale.ROOT, "; not at %.0f/s", offered.get(missed));
        return best == null
                ? "not even the steady rate" + next
                : String.format(
                        Locale.ROOT, "%.0f/s offered, %.1f/s achieved%s", offered.get(best), best.achievedRate(), next);
    }

    @Override
    void sections(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "## Latency at the steady rate (open model, %.0f callbacks/s for %d s, from the intended send time)%n%n",
                settings.rate(),
                settings.duration().toSeconds()));
        md.append(LoadResult.tableHeader());
        steady.forEach(r -> md.append(r.tableRow()));
        md.append(String.format(
                Locale.ROOT,
                "%n## Stepping the rate up (open model, %d s per step, from %.0f/s, ×%.2f per step)%n%n",
                settings.stepDuration().toSeconds(),
                settings.stepFrom() > 0 ? settings.stepFrom() : Math.round(settings.rate() * settings.stepFactor()),
                settings.stepFactor()));
        md.append("Each target steps up until a step is not kept up with (an error, or less than ")
                .append(String.format(Locale.ROOT, "%.0f", SUSTAINED_SHARE * 100))
                .append("% of the offered rate achieved: a queue that grows during the step makes its last answers"
                        + " late); then it stops and the other goes on.\n\n");
        md.append("| target | load | requests | errors | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms"
                + " | load avg at start | kept up |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (LoadResult r : steps) {
            String row = r.tableRow().stripTrailing();
            md.append(row).append(sustained(r) ? " yes |" : " **no** |").append('\n');
        }
        if (hasCpu()) {
            md.append("\n## Where the CPU went (milliseconds of CPU per callback)\n\n");
            md.append("Each process's user and system CPU time (`/proc/<pid>/stat`) over the measured phase, divided by"
                    + " the callbacks answered as expected; the preparation of payments before a phase is not in it."
                    + " PostgreSQL is the postmaster and its backends, the load generator is the benchmark's own JVM"
                    + " (Reactor Netty HTTP client, IPN signing and the raw baseline's JDBC). dossier-service consumes the"
                    + " `vn.egov.payment.succeeded` events. On two cores, 2,000 ms divided by the `all` column is the"
                    + " most callbacks per second the machine could take.\n\n");
            List<LoadResult> all = new ArrayList<>(steady);
            all.addAll(steps);
            md.append(cpuTable(all, CPU_GROUPS));
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
                "| procedure | %s %s (agency %s), fee %,d VND, online delivery, %d required document(s) |%n",
                procedure.code(),
                procedure.name(),
                procedure.agencyCode(),
                procedure.feeTotal(),
                procedure.requiredDocuments().size()));
        md.append(String.format(
                Locale.ROOT,
                "| payments | %,d started MoMo payments, each of its own dossier (the demo citizen's, submitted"
                        + " online to dossier-service, `POST /api/payments` through the gateway with an"
                        + " `Idempotency-Key`), prepared before each phase (untimed; the last batch at %.0f/s); %d"
                        + " of them only ever get forgeries |%n",
                prepared,
                preparedPerSecond,
                FORGERY_TARGETS));
        md.append(String.format(
                Locale.ROOT,
                "| callbacks | MoMo IPNs (`resultCode` 0) signed in the load generator with MoMo's public sandbox key;"
                        + " %.0f%% first deliveries, %.0f%% duplicates (one of the last %d genuine IPNs sent, byte for"
                        + " byte), %.0f%% forgeries (half signed with another key, half MoMo's signature over a"
                        + " tampered amount), random with seed 42; `POST /api/payments/callbacks/momo` on the"
                        + " gateway, expecting 204 (400 for a forgery) |%n",
                FIRST_SHARE * 100,
                DUPLICATE_SHARE * 100,
                DUPLICATE_WINDOW,
                FORGED_SHARE * 100));
        md.append("| baseline | `RawCallbacks`: the signature checked in the load generator; an authentic IPN is one"
                + " transaction over JDBC on one of ten connections: `update payment set status = 'SUCCESS' ... where"
                + " id = ? and status = 'STARTED' and amount = ?` and, when it moved the payment, the outbox row; in"
                + " copies of payment-service's tables (schema `bench`) holding copies of its payments |\n");
        md.append(String.format(
                Locale.ROOT,
                "| phases | warm-up (not reported; rounds of %d s at %.0f/s through the gateway and raw until the JIT"
                        + " compilers of payment-service, the gateway and dossier-service settle: %s); then %.0f/s for"
                        + " %d s raw and"
                        + " through the gateway; then steps of %d s; each phase's payments prepared before it, and"
                        + " every phase followed by an idle payment database and a drained outbox; measured part"
                        + " took %d s |%n",
                WARMUP_ROUND.toSeconds(),
                settings.rate() * WARMUP_SHARE,
                warmupOutcome.describe(),
                settings.rate(),
                settings.duration().toSeconds(),
                settings.stepDuration().toSeconds(),
                run.measured().toSeconds()));
        md.append(
                "| payment-service settings | `egov.payments.reconciliation.settle-after=3h`, `egov.payments.expiry=3h`:"
                        + " the sandbox never learns that these payments were paid, so the reconciliation (which asks the"
                        + " partner about payments open for 2 min and expires them after 15) is kept off the run's payments |\n");
    }

    @Override
    void closing(StringBuilder md, Run run) {
        Verification v = verification;
        md.append(String.format(
                Locale.ROOT,
                "The baseline moved %d of its payments to `SUCCESS` and wrote %d outbox rows, for %d paid (%s).%n%n",
                v.rawSuccess(),
                v.rawOutbox(),
                v.rawPaid(),
                v.baselineExact() ? "exact" : "MISMATCH"));
        List<LoadResult> all = new ArrayList<>(steady);
        all.addAll(steps);
        appendErrors(md, all);
    }
}
