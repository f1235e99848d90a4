package vn.egov.benchmarks;

import com.nimbusds.jose.util.JSONArrayUtils;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.egov.devstack.Platform;
import vn.egov.devstack.PlatformService;
import vn.egov.embedded.PostgresServer;
import vn.egov.embedded.oidc.OidcLogin;

/**
 * Issue 15's faults under load: online submissions, officer actions and signed MoMo IPNs at a steady rate through the
 * gateway (open model, clients that retry with their {@code Idempotency-Key}) while one fault at a time is injected
 * ({@link FaultScenario}); after each scenario the platform drains and the benchmark counts what was lost, duplicated
 * or answered inconsistently ({@link FaultCounts}) and how long the clients and the backlogs took to recover
 * ({@link Recovery}).
 */
final class FaultsBenchmark extends PlatformBenchmark {

    static final Duration RECOVERY_TARGET = Duration.ofSeconds(10);
    /**
     * The first scenario's steady load lasts this much longer before its fault: a platform just started runs on cold
     * JIT compilers, which a platform that has been serving has not. Instances restarted by a fault start cold, as they
     * would in production.
     */
    static final Duration PLATFORM_WARMUP = Duration.ofSeconds(60);
    /** The clients must see no error for this long to count as recovered. */
    static final Duration STEADY_WINDOW = Duration.ofSeconds(3);
    /** A backlog whose oldest item is at most this old is being kept up with. */
    static final Duration BACKLOG_AGE = Duration.ofSeconds(5);

    static final Duration RETRY_FOR = Duration.ofSeconds(60);
    static final Duration DRAIN_LIMIT = Duration.ofMinutes(3);
    /** Every this many acknowledged submissions one is sent again later with its key, as a client that lost the 201. */
    static final int REPLAY_EVERY = 10;
    /** Every this many IPNs one repeats an earlier one, as MoMo does. */
    static final int DUPLICATE_IPN_EVERY = 5;

    static final String SUBMITTED = SubmissionBenchmark.SUBMITTED;
    static final String PAYMENT_SUCCEEDED = CallbackBenchmark.SUCCEEDED;
    static final String OFFICER = "officer";
    /** The demo officer's agency (identity-service README): the submissions go to one of its procedures. */
    static final String OFFICER_AGENCY = "000.00.15.H17";

    static final EnumSet<PlatformService> SERVICES = EnumSet.of(
            PlatformService.IDENTITY,
            PlatformService.CATALOGUE,
            PlatformService.DOSSIER,
            PlatformService.NOTIFICATION,
            PlatformService.SANDBOX,
            PlatformService.PAYMENT,
            PlatformService.GATEWAY);

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * @param scenarios what to inject, one after the other
     * @param submissionRate online submissions per second
     * @param actionRate officer actions (accept) per second
     * @param callbackRate MoMo IPNs per second, every {@link #DUPLICATE_IPN_EVERY}th a duplicate
     * @param warmup steady load before the fault
     * @param after steady load after the fault ended
     * @param kills kill -9 of dossier-service #1 in the kill scenario
     * @param kafkaDown how long the broker stays down
     * @param partnerFault how long the partners are slow, and then as long failing
     */
    record Settings(
            List<FaultScenario> scenarios,
            double submissionRate,
            double actionRate,
            double callbackRate,
            Duration warmup,
            Duration after,
            int kills,
            Duration kafkaDown,
            Duration partnerFault) {}

    /** How the load went for one kind of client in a scenario. */
    record KindFigures(
            long offered, long notOffered, long ok, long failedFinally, long attempts, long firstAttemptErrors) {}

    /**
     * A sample of the oldest unfinished work: unpublished outbox rows of both services, deliveries not sent that are
     * still to be tried (first attempts and retries; not the ones given up).
     */
    record BacklogSample(long atMillis, double oldestSeconds) {}

    /** What one scenario gave. */
    record ScenarioResult(
            FaultScenario scenario,
            String injected,
            Duration faultDuration,
            Map<Attempt.Kind, KindFigures> figures,
            Map<Attempt.Kind, Map<String, Long>> statuses,
            Optional<Duration> clientRecovery,
            Optional<Duration> backlogRecovery,
            boolean drained,
            Duration drainTook,
            FaultCounts counts) {

        /** Requests that still failed when their clients gave up, of every kind. */
        long failedAfterRetries() {
            return figures.values().stream()
                    .mapToLong(KindFigures::failedFinally)
                    .sum();
        }

        boolean met() {
            return counts.clean()
                    && failedAfterRetries() == 0
                    && drained
                    && clientRecovery
                            .filter(d -> d.compareTo(RECOVERY_TARGET) <= 0)
                            .isPresent()
                    && backlogRecovery
                            .filter(d -> d.compareTo(RECOVERY_TARGET) <= 0)
                            .isPresent();
        }
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "faults-load");
        thread.setDaemon(true);
        return thread;
    });
    private final RetryingClients clients = new RetryingClients(http, scheduler, RETRY_FOR);
    private final List<ScenarioResult> results = new ArrayList<>();

    private Platform platform;
    private URI gatewayUrl;
    private URI sandboxUrl;
    private CitizenRequests citizen;
    private volatile String citizenToken;
    private volatile String officerToken;
    private CatalogueEntry submissionProcedure;
    private CatalogueEntry paymentProcedure;

    FaultsBenchmark(Benchmarks.Context context, Settings settings) {
        super(context, "Faults under load (issue 15)", "faults.md", SERVICES, false);
        this.settings = settings;
    }

    /**
     * Payments are neither expired nor reconciled by payment-service while the run lasts (only the IPNs settle them),
     * and the sandbox's ZNS quota does not run out.
     */
    @Override
    List<String> extraJvmOptions() {
        return List.of(
                "-Degov.payments.reconciliation.settle-after=3h",
                "-Degov.payments.expiry=3h",
                "-Dsandbox.zns.daily-quota=1000000");
    }

    @Override
    Map<PlatformService, Integer> instances() {
        return Map.of(PlatformService.DOSSIER, 2);
    }

    @Override
    void prepare(Benchmarks.Started started) throws Exception {
        platform = started.platform();
        gatewayUrl = platform.url(PlatformService.GATEWAY);
        sandboxUrl = platform.url(PlatformService.SANDBOX);
        citizen = new CitizenRequests(http, platform.url(PlatformService.DOSSIER), gatewayUrl);
        URI catalogue = platform.url(PlatformService.CATALOGUE);
        durableCommits(catalogue);
        refreshTokens();
        submissionProcedure =
                fewestDocuments(catalogue, uri -> getJson(http, uri), d -> OFFICER_AGENCY.equals(d.get("agencyCode")));
        paymentProcedure = fewestDocuments(catalogue, uri -> getJson(http, uri), detail -> {
            Object fee = detail.get("feeTotal");
            long feeTotal = fee == null ? 0 : ((Number) fee).longValue();
            return feeTotal >= 1_000 && feeTotal <= 50_000_000;
        });
        context.progress()
                .accept("submissions to " + submissionProcedure.detail().get("code") + " ("
                        + submissionProcedure.requiredDocuments().size() + " required document(s)), payments of "
                        + paymentProcedure.detail().get("code"));
        scheduler.scheduleWithFixedDelay(this::refreshTokensQuietly, 60, 60, TimeUnit.SECONDS);
    }

    @Override
    void measure(Benchmarks.Started started) throws Exception {
        for (FaultScenario scenario : settings.scenarios()) {
            results.add(runScenario(scenario));
        }
    }

    private ScenarioResult runScenario(FaultScenario scenario) throws Exception {
        context.progress().accept("scenario " + scenario.option() + ": preparing");
        Duration warmup = results.isEmpty() ? settings.warmup().plus(PLATFORM_WARMUP) : settings.warmup();
        // What the load after the fault needs is kept apart: a fault that lasts longer than planned must not leave the
        // clients with nothing to send once it ended.
        double before = warmup.toSeconds() + faultEstimate(scenario);
        double after = settings.after().toSeconds() + 5;
        double firstShare = (DUPLICATE_IPN_EVERY - 1.0) / DUPLICATE_IPN_EVERY;
        Supply<String> bodies = new Supply<>(
                submissionBodies((int) Math.ceil(settings.submissionRate() * before)),
                submissionBodies((int) Math.ceil(settings.submissionRate() * after)));
        Supply<CallbackBenchmark.Payment> payments = new Supply<>(
                startPayments((int) Math.ceil(settings.callbackRate() * before * firstShare)),
                startPayments((int) Math.ceil(settings.callbackRate() * after * firstShare)));
        List<CallbackBenchmark.Payment> scenarioPayments = payments.all();
        send(HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/faults")).DELETE(), 204);
        send(
                HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/messages"))
                        .DELETE(),
                204);
        clients.drainAttempts();

        Load load = new Load(bodies, payments);
        ConcurrentLinkedQueue<BacklogSample> samples = new ConcurrentLinkedQueue<>();
        long loadStart = System.currentTimeMillis();
        ScheduledFuture<?> sampler =
                scheduler.scheduleWithFixedDelay(() -> samples.add(sampleBacklog()), 0, 1, TimeUnit.SECONDS);
        load.start();
        context.progress().accept("scenario " + scenario.option() + ": steady load");
        Thread.sleep(warmup.toMillis());
        long faultStart = System.currentTimeMillis();
        String injected = inject(scenario);
        long faultEnd = System.currentTimeMillis();
        bodies.afterFault();
        payments.afterFault();
        context.progress()
                .accept(String.format(
                        Locale.ROOT,
                        "scenario %s: %s (%.1f s); load goes on",
                        scenario.option(),
                        injected,
                        (faultEnd - faultStart) / 1000.0));
        Thread.sleep(settings.after().toMillis());
        load.stop();
        boolean idle = clients.awaitIdle(RETRY_FOR.plus(Duration.ofSeconds(15)));
        load.awaitReplays();
        clients.awaitIdle(Duration.ofSeconds(30));
        long drainStart = System.currentTimeMillis();
        boolean drained = awaitDrained();
        Duration drainTook = Duration.ofMillis(System.currentTimeMillis() - drainStart);
        sampler.cancel(false);
        List<BacklogSample> backlog = List.copyOf(samples);
        List<Attempt> attempts = clients.drainAttempts();
        FaultCounts counts = count(load, scenarioPayments, loadStart);
        ScenarioResult result = new ScenarioResult(
                scenario,
                injected + (idle ? "" : "; some clients were still retrying when the count began"),
                Duration.ofMillis(faultEnd - faultStart),
                load.figures(attempts),
                statuses(attempts),
                Recovery.afterFault(attempts, faultEnd, STEADY_WINDOW),
                Recovery.backlogClear(backlog, faultEnd, BACKLOG_AGE),
                drained,
                drainTook,
                counts);
        context.progress().accept("scenario " + scenario.option() + ": " + describe(result));
        return result;
    }

    /** Seconds a scenario's fault is expected to last, to prepare enough submissions and payments. */
    private long faultEstimate(FaultScenario scenario) {
        return switch (scenario) {
            case KILL -> settings.kills() * 30L;
            case KAFKA -> settings.kafkaDown().toSeconds() + 15;
            case POSTGRES -> 20;
            case PARTNER -> settings.partnerFault().toSeconds() * 2;
        };
    }

    /** Injects the fault and returns, when it has ended, what was done. */
    private String inject(FaultScenario scenario) throws Exception {
        return switch (scenario) {
            case KILL -> {
                List<String> restarts = new ArrayList<>();
                for (int i = 0; i < settings.kills(); i++) {
                    long killed = System.currentTimeMillis();
                    long pid = platform.kill(PlatformService.DOSSIER, 1);
                    awaitRestarted(pid);
                    restarts.add(String.format(Locale.ROOT, "%.1f", (System.currentTimeMillis() - killed) / 1000.0));
                }
                yield settings.kills() + " × kill -9 of dossier-service #1, each back after "
                        + String.join(", ", restarts) + " s";
            }
            case KAFKA -> {
                platform.stopKafka();
                Thread.sleep(settings.kafkaDown().toMillis());
                long starting = System.currentTimeMillis();
                platform.startKafkaAgain();
                yield String.format(
                        Locale.ROOT,
                        "broker killed, down %d s, start took %.1f s",
                        settings.kafkaDown().toSeconds(),
                        (System.currentTimeMillis() - starting) / 1000.0);
            }
            case POSTGRES -> {
                platform.stopPostgresImmediately();
                long starting = System.currentTimeMillis();
                platform.startPostgresAgain();
                yield String.format(
                        Locale.ROOT,
                        "immediate stop (SIGQUIT), restart with crash recovery took %.1f s",
                        (System.currentTimeMillis() - starting) / 1000.0);
            }
            case PARTNER -> {
                List<String> channels = List.of("sms", "zalo", "momo");
                for (String channel : channels) {
                    putFault(channel, "{\"latencyMs\":3000}");
                }
                Thread.sleep(settings.partnerFault().toMillis());
                for (String channel : channels) {
                    putFault(channel, "{\"failNext\":1000000,\"status\":503}");
                }
                Thread.sleep(settings.partnerFault().toMillis());
                send(
                        HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/faults"))
                                .DELETE(),
                        204);
                yield String.format(
                        Locale.ROOT,
                        "SMS, ZNS and MoMo answered after 3 s for %d s, then 503 for %d s",
                        settings.partnerFault().toSeconds(),
                        settings.partnerFault().toSeconds());
            }
        };
    }

    /** Waits until the supervisor has started dossier-service #1 again and it answers ready. */
    private void awaitRestarted(long killedPid) throws Exception {
        URI readiness = URI.create(platform.managementUrl(PlatformService.DOSSIER, 1) + "/actuator/health/readiness");
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        while (System.currentTimeMillis() < deadline) {
            Optional<ProcessHandle> process = platform.process(PlatformService.DOSSIER, 1);
            if (process.isPresent() && process.get().pid() != killedPid) {
                try {
                    HttpResponse<Void> answer = http.send(
                            HttpRequest.newBuilder(readiness)
                                    .timeout(Duration.ofSeconds(2))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200) {
                        return;
                    }
                } catch (java.io.IOException notYet) {
                    // still starting
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("dossier-service #1 was not back within 3 minutes of kill -9");
    }

    private void putFault(String channel, String plan) throws Exception {
        send(
                HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/faults/" + channel))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(plan)),
                200);
    }

    private void send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(
                request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    request.build().uri() + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /** Prepared requests of a scenario: those for until the fault ended, then those kept for after it. */
    static final class Supply<T> {

        private final ArrayDeque<T> untilFaultEnded;
        private final ArrayDeque<T> afterFault;
        private boolean faultEnded;

        Supply(List<T> untilFaultEnded, List<T> afterFault) {
            this.untilFaultEnded = new ArrayDeque<>(untilFaultEnded);
            this.afterFault = new ArrayDeque<>(afterFault);
        }

        synchronized List<T> all() {
            List<T> all = new ArrayList<>(untilFaultEnded);
            all.addAll(afterFault);
            return all;
        }

        /** From now on the reserve is used; what is left of the first part is not sent. */
        synchronized void afterFault() {
            faultEnded = true;
        }

        /** The next prepared request, or null when there is none left. */
        synchronized T poll() {
            return faultEnded ? afterFault.poll() : untilFaultEnded.poll();
        }
    }

    /** The three clients of a scenario and what they were told. */
    private final class Load {

        private final Supply<String> bodies;
        private final Supply<CallbackBenchmark.Payment> payments;
        private final List<MomoIpn> sentIpns = new ArrayList<>();
        private final Map<Attempt.Kind, AtomicLong> offered = new ConcurrentHashMap<>();
        private final Map<Attempt.Kind, AtomicLong> notOffered = new ConcurrentHashMap<>();
        private final Map<String, String> told = new ConcurrentHashMap<>();
        private final Map<String, String> bodyOf = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> toAccept = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Boolean> replays = new ConcurrentLinkedQueue<>();
        private final Set<String> credited = ConcurrentHashMap.newKeySet();
        private final List<ScheduledFuture<?>> generators = new ArrayList<>();
        private final AtomicLong pendingReplays = new AtomicLong();
        private long transId = 4_300_000_000L;
        private int ipns;

        Load(Supply<String> bodies, Supply<CallbackBenchmark.Payment> payments) {
            this.bodies = bodies;
            this.payments = payments;
        }

        void start() {
            generators.add(every(settings.submissionRate(), this::submit));
            generators.add(every(settings.actionRate(), this::act));
            generators.add(every(settings.callbackRate(), this::callback));
        }

        void stop() {
            generators.forEach(g -> g.cancel(false));
        }

        void awaitReplays() throws InterruptedException {
            long end = System.currentTimeMillis() + 10_000;
            while (pendingReplays.get() > 0 && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
        }

        private ScheduledFuture<?> every(double rate, Runnable call) {
            long period = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
            return scheduler.scheduleAtFixedRate(
                    () -> {
                        try {
                            call.run();
                        } catch (RuntimeException e) {
                            context.progress().accept("load generator: " + e);
                        }
                    },
                    0,
                    period,
                    TimeUnit.NANOSECONDS);
        }

        private void count(Map<Attempt.Kind, AtomicLong> counter, Attempt.Kind kind) {
            counter.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }

        private void submit() {
            String body = bodies.poll();
            if (body == null) {
                count(notOffered, Attempt.Kind.SUBMISSION);
                return;
            }
            count(offered, Attempt.Kind.SUBMISSION);
            String key = UUID.randomUUID().toString();
            bodyOf.put(key, body);
            clients.send(
                    Attempt.Kind.SUBMISSION, key, n -> submission(key, body), (n, status) -> status == 201, outcome -> {
                        if (!outcome.ok()) {
                            return;
                        }
                        String code = code(outcome.body());
                        told.put(key, code);
                        toAccept.add(code);
                        if (told.size() % REPLAY_EVERY == 0) {
                            replay(key, code);
                        }
                    });
        }

        /** The same request again a second later, as a client that never saw its 201 would send it. */
        private void replay(String key, String code) {
            pendingReplays.incrementAndGet();
            scheduler.schedule(
                    () -> clients.send(
                            Attempt.Kind.SUBMISSION,
                            key,
                            n -> submission(key, bodyOf.get(key)),
                            (n, status) -> status == 201,
                            outcome -> {
                                replays.add(outcome.ok() && code.equals(code(outcome.body())));
                                pendingReplays.decrementAndGet();
                            }),
                    1,
                    TimeUnit.SECONDS);
        }

        private HttpRequest submission(String key, String body) {
            return HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/dossiers"))
                    .timeout(RetryingClients.ATTEMPT_TIMEOUT)
                    .header("Authorization", "Bearer " + citizenToken)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }

        /**
         * The officer accepts the oldest acknowledged dossier not yet taken. Accepting is not idempotent: a 409 on a
         * retry means an earlier attempt did it.
         */
        private void act() {
            String code = toAccept.poll();
            if (code == null) {
                count(notOffered, Attempt.Kind.OFFICER_ACTION);
                return;
            }
            count(offered, Attempt.Kind.OFFICER_ACTION);
            String key = UUID.randomUUID().toString();
            clients.send(
                    Attempt.Kind.OFFICER_ACTION,
                    key,
                    n -> HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/dossiers/" + code + "/actions/accept"))
                            .timeout(RetryingClients.ATTEMPT_TIMEOUT)
                            .header("Authorization", "Bearer " + officerToken)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    (n, status) -> status == 200 || (n > 1 && status == 409),
                    outcome -> {});
        }

        private void callback() {
            MomoIpn ipn;
            String paymentId = null;
            synchronized (this) {
                ipns++;
                CallbackBenchmark.Payment payment = null;
                if (ipns % DUPLICATE_IPN_EVERY != 0 || sentIpns.isEmpty()) {
                    payment = payments.poll();
                }
                if (payment != null) {
                    ipn = MomoIpn.paid(
                            payment.providerOrderId(),
                            payment.id(),
                            payment.amount(),
                            "Le phi ho so " + payment.dossierCode(),
                            transId++,
                            System.currentTimeMillis(),
                            MomoIpn.SANDBOX_SECRET_KEY);
                    sentIpns.add(ipn);
                    paymentId = payment.id();
                } else if (!sentIpns.isEmpty()) {
                    ipn = sentIpns.get((ipns * 7919) % sentIpns.size());
                } else {
                    count(notOffered, Attempt.Kind.CALLBACK);
                    return;
                }
            }
            count(offered, Attempt.Kind.CALLBACK);
            String body = ipn.json();
            String first = paymentId;
            clients.send(
                    Attempt.Kind.CALLBACK,
                    ipn.requestId() + "/" + UUID.randomUUID(),
                    n -> HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/payments/callbacks/momo"))
                            .timeout(RetryingClients.ATTEMPT_TIMEOUT)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    (n, status) -> status == 204 || status == 200,
                    outcome -> {
                        if (outcome.ok() && first != null) {
                            credited.add(first);
                        }
                    });
        }

        Map<Attempt.Kind, KindFigures> figures(List<Attempt> attempts) {
            Map<Attempt.Kind, KindFigures> figures = new TreeMap<>();
            for (Attempt.Kind kind : Attempt.Kind.values()) {
                Map<String, Boolean> finalOk = new HashMap<>();
                long tries = 0;
                long firstErrors = 0;
                for (Attempt a : attempts) {
                    if (a.kind() != kind) {
                        continue;
                    }
                    tries++;
                    if (a.number() == 1 && !a.ok()) {
                        firstErrors++;
                    }
                    finalOk.merge(a.request(), a.ok(), Boolean::logicalOr);
                }
                long ok = finalOk.values().stream().filter(b -> b).count();
                figures.put(
                        kind,
                        new KindFigures(
                                value(offered, kind),
                                value(notOffered, kind),
                                ok,
                                finalOk.size() - ok,
                                tries,
                                firstErrors));
            }
            return figures;
        }

        private static long value(Map<Attempt.Kind, AtomicLong> counter, Attempt.Kind kind) {
            AtomicLong n = counter.get(kind);
            return n == null ? 0 : n.get();
        }
    }

    private static String code(String body) {
        Matcher code = body == null ? null : CODE.matcher(body);
        return code != null && code.find() ? code.group(1) : "?";
    }

    private static Map<Attempt.Kind, Map<String, Long>> statuses(List<Attempt> attempts) {
        Map<Attempt.Kind, Map<String, Long>> statuses = new TreeMap<>();
        for (Attempt a : attempts) {
            statuses.computeIfAbsent(a.kind(), k -> new TreeMap<>()).merge(a.answer(), 1L, Long::sum);
        }
        return statuses;
    }

    /** Bodies of {@code n} submissions, each with its own freshly uploaded files (untimed). */
    private List<String> submissionBodies(int n) throws Exception {
        String code = (String) submissionProcedure.detail().get("code");
        return parallel(
                n,
                () -> CitizenRequests.submission(
                        code,
                        citizen.documents(code, submissionProcedure.requiredDocuments()),
                        "\"SMS\",\"EMAIL\",\"ZALO\""));
    }

    private List<CallbackBenchmark.Payment> startPayments(int n) throws Exception {
        String code = (String) paymentProcedure.detail().get("code");
        return parallel(n, () -> citizen.startMomoPayment(code, paymentProcedure.requiredDocuments()));
    }

    /**
     * Runs {@code task} {@code n} times on a few threads and keeps what succeeded: preparation on a busy machine fails
     * now and then (a payment started twice after a timeout is refused with 409), and a scenario needs most, not all.
     */
    private <T> List<T> parallel(int n, java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(workers.submit(task));
            }
            List<T> done = new ArrayList<>(n);
            String firstError = null;
            for (Future<T> future : futures) {
                try {
                    done.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    firstError = firstError == null ? String.valueOf(e.getCause()) : firstError;
                }
            }
            if (done.size() < n) {
                context.progress()
                        .accept("preparation: " + (n - done.size()) + " of " + n + " failed, e.g. " + firstError);
            }
            if (done.isEmpty() && n > 0) {
                throw new IllegalStateException("preparation failed: " + firstError);
            }
            return done;
        } finally {
            workers.shutdownNow();
        }
    }

    private void refreshTokens() {
        OidcLogin login = OidcLogin.forIssuer(platform.issuer());
        citizenToken = login.accessToken("citizen", "citizen");
        officerToken = login.accessToken(OFFICER, OFFICER);
        citizen.token(citizenToken);
    }

    private void refreshTokensQuietly() {
        try {
            refreshTokens();
        } catch (RuntimeException e) {
            context.progress().accept("token refresh failed (the old tokens stay): " + e.getMessage());
        }
    }

    /**
     * Makes every commit wait for its write-ahead log to reach the disk, as production's PostgreSQL does: the
     * devstack's runs with {@code synchronous_commit} off (a benchmark measures the platform, not the disk), and an
     * immediate stop would then lose the last acknowledged commits, which the postgres scenario would count as lost
     * dossiers. A role's setting overrides the server's command line for each new session; PostgreSQL is restarted,
     * before any load, so that the services' pools open new sessions. Returns once the catalogue answers again.
     */
    private void durableCommits(URI catalogue) throws Exception {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            // This session's own commit must be durable too, or the immediate stop below loses it.
            statement.execute("set synchronous_commit = on");
            statement.execute("alter role " + PostgresServer.USER + " set synchronous_commit = on");
        }
        platform.stopPostgresImmediately();
        platform.startPostgresAgain();
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("show synchronous_commit")) {
            setting.next();
            if (!"on".equals(setting.getString(1))) {
                throw new IllegalStateException("synchronous_commit is " + setting.getString(1) + ", not on");
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                getJson(http, URI.create(catalogue + "/api/catalogue/procedures?size=1"));
                break;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
        context.progress().accept("PostgreSQL restarted with synchronous_commit on for every service");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(platform.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** The age of the oldest unfinished work; infinite while the database cannot be asked. */
    private BacklogSample sampleBacklog() {
        long now = System.currentTimeMillis();
        try {
            double oldest = Math.max(
                    Math.max(
                            single(
                                    "dossier",
                                    "select coalesce(extract(epoch from now() - min(occurred_at)), 0)"
                                            + " from outbox_event where published_at is null"),
                            single(
                                    "payment",
                                    "select coalesce(extract(epoch from now() - min(occurred_at)), 0)"
                                            + " from outbox_event where published_at is null")),
                    single(
                            "notification",
                            "select coalesce(extract(epoch from now() - min(created_at)), 0)"
                                    + " from delivery where status <> 'SENT' and next_attempt_at is not null"));
            return new BacklogSample(now, oldest);
        } catch (SQLException | RuntimeException unavailable) {
            return new BacklogSample(now, Double.POSITIVE_INFINITY);
        }
    }

    private double single(String database, String sql) throws SQLException {
        try (Connection c = connect(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    /**
     * Waits until both outboxes are empty and no delivery waits for an attempt, twice in a row with no new delivery in between
     * (the notification consumers have caught up), at most {@link #DRAIN_LIMIT}.
     */
    private boolean awaitDrained() throws InterruptedException {
        long deadline = System.currentTimeMillis() + DRAIN_LIMIT.toMillis();
        double lastDeliveries = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                double pending = single("dossier", "select count(*) from outbox_event where published_at is null")
                        + single("payment", "select count(*) from outbox_event where published_at is null")
                        + single(
                                "notification",
                                "select count(*) from delivery where status <> 'SENT' and next_attempt_at is not null");
                double deliveries = single("notification", "select count(*) from delivery");
                if (pending == 0 && deliveries == lastDeliveries) {
                    return true;
                }
                lastDeliveries = pending == 0 ? deliveries : -1;
            } catch (SQLException notYet) {
                lastDeliveries = -1;
            }
            Thread.sleep(3000);
        }
        return false;
    }

    /** Counts what the scenario left: database rows, Kafka records, the sandbox's inbox. */
    private FaultCounts count(Load load, List<CallbackBenchmark.Payment> payments, long loadStart) throws Exception {
        Timestamp since = new Timestamp(loadStart - 2000);
        List<String> storedCodes = new ArrayList<>();
        Map<String, String> keyReceipts = new HashMap<>();
        Map<String, String> submittedSubjects = new HashMap<>();
        try (Connection c = connect("dossier")) {
            try (PreparedStatement s =
                    c.prepareStatement("select code from dossier where submitted_at >= ? and procedure_code = ?")) {
                s.setTimestamp(1, since);
                s.setString(2, (String) submissionProcedure.detail().get("code"));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        storedCodes.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("select idempotency_key, receipt from submission_key where created_at >= ?")) {
                s.setTimestamp(1, since);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        keyReceipts.put(rs.getString(1), code(rs.getString(2)));
                    }
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select id::text, subject from outbox_event where type = '" + SUBMITTED + "'")) {
                while (rs.next()) {
                    submittedSubjects.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        keyReceipts.keySet().retainAll(load.told.keySet());
        List<FaultCounts.EventRecord> submittedEvents = new ArrayList<>();
        for (String id : recordIds(SubmissionBenchmark.TOPIC, SUBMITTED, submittedSubjects.size())) {
            submittedEvents.add(
                    new FaultCounts.EventRecord(id, submittedSubjects.getOrDefault(id, "unknown event " + id)));
        }

        Set<String> paymentIds = new HashSet<>();
        Set<String> paymentDossiers = new HashSet<>();
        payments.forEach(p -> {
            paymentIds.add(p.id());
            paymentDossiers.add(p.dossierCode());
        });
        List<String> successfulPayments = new ArrayList<>();
        Set<String> successfulIds = new HashSet<>();
        List<String> receipts = new ArrayList<>();
        Map<String, String> succeededPayment = new HashMap<>();
        try (Connection c = connect("payment");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id::text, dossier_code from payment where status = 'SUCCESS'")) {
                while (rs.next()) {
                    if (paymentDossiers.contains(rs.getString(2))) {
                        successfulIds.add(rs.getString(1));
                        successfulPayments.add(rs.getString(2));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("select payment_id::text from receipt")) {
                while (rs.next()) {
                    if (paymentIds.contains(rs.getString(1))) {
                        receipts.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "select id::text, data->>'paymentId' from outbox_event where type = '" + PAYMENT_SUCCEEDED + "'")) {
                while (rs.next()) {
                    succeededPayment.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<FaultCounts.EventRecord> succeededEvents = new ArrayList<>();
        for (String id : recordIds("egov.payment.events", PAYMENT_SUCCEEDED, succeededPayment.size())) {
            String paymentId = succeededPayment.get(id);
            if (paymentId != null && paymentIds.contains(paymentId)) {
                succeededEvents.add(new FaultCounts.EventRecord(id, paymentId));
            }
        }

        Set<String> scenarioDossiers = new HashSet<>(storedCodes);
        scenarioDossiers.addAll(paymentDossiers);
        List<String> deliveries = new ArrayList<>();
        try (Connection c = connect("notification");
                PreparedStatement s = c.prepareStatement(
                        "select dossier_code, event_type, channel from delivery where created_at >= ?")) {
            s.setTimestamp(1, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (scenarioDossiers.contains(rs.getString(1))) {
                        deliveries.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    }
                }
            }
        }
        List<String> messages = inboxMessages();
        context.progress()
                .accept(String.format(
                        Locale.ROOT,
                        "counted %d dossiers, %d submitted events, %d inbox messages, %d deliveries, %d successful"
                                + " payments",
                        storedCodes.size(),
                        submittedEvents.size(),
                        messages.size(),
                        deliveries.size(),
                        successfulPayments.size()));
        return FaultCounts.count(
                Map.copyOf(load.told),
                storedCodes,
                keyReceipts,
                submittedEvents,
                List.copyOf(load.replays),
                messages,
                deliveries,
                successfulPayments,
                receipts,
                succeededEvents,
                Set.copyOf(load.credited),
                successfulIds);
    }

    /** The CloudEvents ids of the records of {@code type} on {@code topic}, read until {@code expected} are seen. */
    private List<String> recordIds(String topic, String type, int expected) {
        try (TopicReader reader = new TopicReader(platform.kafkaSuperUserProperties(), topic)) {
            long deadline = System.currentTimeMillis() + 60_000;
            List<ConsumerRecord<String, byte[]>> records = List.of();
            while (System.currentTimeMillis() < deadline) {
                records = reader.all(r -> type.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(3));
                if (records.size() >= expected) {
                    // One more window, so that a duplicate arriving late is seen too.
                    records = reader.all(r -> type.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(3));
                    break;
                }
            }
            return records.stream().map(r -> TopicReader.header(r, "ce_id")).toList();
        }
    }

    /** What the partners received since the scenario began: one value per message, channel, recipient and text. */
    private List<String> inboxMessages() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/messages?limit=10000"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> messages = new ArrayList<>();
        for (Object item : JSONArrayUtils.parse(response.body())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> message = (Map<String, Object>) item;
            messages.add(message.get("channel") + " " + message.get("to") + " " + message.get("subject") + " "
                    + message.get("text"));
        }
        return messages;
    }

    private static String seconds(Optional<Duration> duration) {
        return duration.map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0))
                .orElse("not within the run");
    }

    private static String describe(ScenarioResult r) {
        FaultCounts c = r.counts();
        return String.format(
                Locale.ROOT,
                "%s; requests failed after retries %d; acknowledged %d, lost %d, stored without 201 %d, stored twice %d, missing/duplicate submitted"
                        + " events %d/%d, mismatched retries %d, duplicate messages %d, double credits %d,"
                        + " uncredited %d, redelivered events %d; clients recovered after %s, backlog after %s, drained %s in %.0f s",
                r.met() ? "MET" : "NOT met",
                r.failedAfterRetries(),
                c.acknowledged(),
                c.lost(),
                c.storedWithout201(),
                c.storedTwice(),
                c.missingEvent(),
                c.duplicateEvent(),
                c.mismatchedRetries(),
                c.duplicateMessages(),
                c.doubleCredits(),
                c.uncredited(),
                c.redelivered(),
                seconds(r.clientRecovery()),
                seconds(r.backlogRecovery()),
                r.drained() ? "yes" : "NO",
                r.drainTook().toMillis() / 1000.0);
    }

    @Override
    void afterMeasuring(Benchmarks.Started started) {
        scheduler.shutdownNow();
    }

    @Override
    void verdict(StringBuilder md, Run run) {
        boolean all = results.stream().allMatch(ScenarioResult::met);
        md.append(String.format(
                Locale.ROOT,
                "- Zero lost, zero duplicated, recovery within %d s after every fault: **%s**.%n",
                RECOVERY_TARGET.toSeconds(),
                all ? "met" : "NOT met"));
        for (ScenarioResult r : results) {
            md.append("- `")
                    .append(r.scenario().option())
                    .append("`: ")
                    .append(describe(r))
                    .append(".\n");
        }
        md.append('\n');
    }

    @Override
    void sections(StringBuilder md, Run run) {
        md.append("## Scenarios\n\n");
        for (ScenarioResult r : results) {
            md.append("- `")
                    .append(r.scenario().option())
                    .append("`: ")
                    .append(r.scenario().description())
                    .append(". This run: ")
                    .append(r.injected())
                    .append(String.format(
                            Locale.ROOT,
                            " (fault lasted %.1f s).%n",
                            r.faultDuration().toMillis() / 1000.0));
        }
        md.append("\n## What the clients saw\n\n");
        md.append("Offered: requests the generator started (not offered: due when nothing was left to send). Errors"
                + " before retry: first attempts answered with a 5xx, a 429, another unexpected status or nothing."
                + " Failed after retries: requests that still had no success when the client gave up"
                + " (after 60 s or on a 4xx).\n\n");
        md.append("| scenario | client | offered | not offered | succeeded | failed after retries | attempts"
                + " | errors before retry | statuses of all attempts |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (ScenarioResult r : results) {
            for (Map.Entry<Attempt.Kind, KindFigures> e : r.figures().entrySet()) {
                KindFigures f = e.getValue();
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %d | %d | %d | %d | %s |%n",
                        r.scenario().option(),
                        e.getKey().label(),
                        f.offered(),
                        f.notOffered(),
                        f.ok(),
                        f.failedFinally(),
                        f.attempts(),
                        f.firstAttemptErrors(),
                        r.statuses().getOrDefault(e.getKey(), Map.of())));
            }
        }
        md.append("\n## Counted after each scenario\n\n");
        md.append("| scenario | 201s | lost | stored without 201 | stored twice | without `submitted` event"
                + " | more than one `submitted` event | mismatched retries | duplicate messages | double credits"
                + " | IPN acknowledged, not credited | same event redelivered |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScenarioResult r : results) {
            FaultCounts c = r.counts();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n",
                    r.scenario().option(),
                    c.acknowledged(),
                    c.lost(),
                    c.storedWithout201(),
                    c.storedTwice(),
                    c.missingEvent(),
                    c.duplicateEvent(),
                    c.mismatchedRetries(),
                    c.duplicateMessages(),
                    c.doubleCredits(),
                    c.uncredited(),
                    c.redelivered()));
        }
        md.append("\n## Recovery\n\n");
        md.append(String.format(
                Locale.ROOT,
                "From the end of the fault: until every request sent through the gateway during %d s succeeded"
                        + " (clients), and until the oldest unpublished outbox row (dossier-service, payment-service)"
                        + " and the oldest notification delivery not yet sent (and not given up) were at most %d s old (backlog). Drained:"
                        + " after the load stopped, both outboxes empty and no delivery waiting for an attempt.%n%n",
                STEADY_WINDOW.toSeconds(),
                BACKLOG_AGE.toSeconds()));
        md.append("| scenario | fault lasted | clients recovered after | backlog recovered after | drained after load"
                + " | verdict |\n|---|---:|---:|---:|---:|---|\n");
        for (ScenarioResult r : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f s | %s | %s | %s | %s |%n",
                    r.scenario().option(),
                    r.faultDuration().toMillis() / 1000.0,
                    seconds(r.clientRecovery()),
                    seconds(r.backlogRecovery()),
                    r.drained()
                            ? String.format(Locale.ROOT, "%.0f s", r.drainTook().toMillis() / 1000.0)
                            : "NOT drained in " + DRAIN_LIMIT.toMinutes() + " min",
                    r.met() ? "met" : "**NOT met**"));
        }
        md.append('\n');
    }

    @Override
    String postgresUse() {
        return "; for this run with synchronous_commit on for every service (set on their role, then PostgreSQL"
                + " restarted before any load), as in production: an acknowledged commit is on disk; stopped"
                + " immediately (SIGQUIT, as `pg_ctl stop -m immediate`) in the postgres scenario";
    }

    @Override
    void runRows(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "| load | %.1f submissions/s, %.1f officer accepts/s, %.1f MoMo IPNs/s (every %dth a duplicate),"
                        + " through the gateway; %d s before and %d s after each fault (%d s more before the first"
                        + " scenario's, as the platform's warm-up) |%n",
                settings.submissionRate(),
                settings.actionRate(),
                settings.callbackRate(),
                DUPLICATE_IPN_EVERY,
                settings.warmup().toSeconds(),
                settings.after().toSeconds(),
                PLATFORM_WARMUP.toSeconds()));
        md.append("| dossier-service instances | 2 (the kill scenario kills #1) |\n");
    }

    @Override
    void closing(StringBuilder md, Run run) {
        md.append("A scenario is met when nothing was lost or duplicated, every request succeeded within its client's "
                + RETRY_FOR.toSeconds() + " s of retries, the platform drained, and both recovery times are at most "
                + RECOVERY_TARGET.toSeconds() + " s.\n\n");
    }
}
