package vn.egov.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.egov.embedded.KafkaBroker;
import vn.egov.embedded.PostgresServer;
import vn.egov.embedded.kafka.KafkaAccess;
import vn.egov.embedded.kafka.KafkaUser;

/**
 * The running platform: one PostgreSQL, one Kafka broker and a JVM per service. {@link #close()} stops the services
 * (gracefully, then by force), then Kafka, then PostgreSQL, and leaves no process or bound port behind.
 *
 * <p>Once started, it supervises: a service JVM that exits on its own is started again after a back-off (1 s,
 * doubling up to 30 s, back to 1 s once it has run a minute), and the console says so. With {@code failFast} a service
 * that exits completes {@link #failure()} instead, as CI wants.
 */
public final class Platform implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);
    /** A service that ran this long before exiting is restarted after the first back-off again. */
    private static final Duration STABLE = Duration.ofMinutes(1);

    private static final String LOCAL_STACK_CALLBACK = "http://localhost:8080/callback";
    /** The gateway's limit on look-ups by code (gateway/README.md, "Rate limits"). */
    private static final String LOOKUP_LIMIT = "EGOV_GATEWAY_RATE_LIMIT_LOOKUP";

    private static final String ATTACHMENTS_DIR = "EGOV_ATTACHMENTS_LOCAL_DIR";
    /** The identity provider's limit on sign-in attempts per address (identity-service/README.md, "Sign-in limits"). */
    private static final String LOGIN_LIMIT = "EGOV_IDENTITY_LOGIN_LIMIT_ATTEMPTS";

    private final DevstackOptions options;
    private final Consumer<String> progress;
    private final Object lock = new Object();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final CompletableFuture<ServiceFailed> failure = new CompletableFuture<>();
    private final ExecutorService starters = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "devstack-start");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger ready = new AtomicInteger();
    private int components;
    private boolean closing;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private Duration startTime;

    private final boolean failFast;
    private final ClassDataSharing classDataSharing;
    private final Map<PlatformService, Integer> restarts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "devstack-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    Platform(DevstackOptions options, Consumer<String> progress) {
        this(options, progress, false);
    }

    /** @param failFast a service that exits ends the platform ({@link #failure()}) instead of being restarted */
    Platform(DevstackOptions options, Consumer<String> progress, boolean failFast) {
        this.options = options;
        this.progress = progress;
        this.failFast = failFast;
        // A training run is a start plus writing the archive, on a machine busy with the other services' starts.
        this.classDataSharing = new ClassDataSharing(
                options.classDataSharingDir(),
                options.jvmOptions(),
                options.startTimeout().multipliedBy(2),
                progress);
    }

    /** How many times the supervisor restarted {@code service} since the platform started. */
    public int restarts(PlatformService service) {
        return restarts.getOrDefault(service, 0);
    }

    /** The running JVM of {@code service}'s first instance, if any. */
    public Optional<ProcessHandle> process(PlatformService service) {
        return process(service, 1);
    }

    /** The running JVM of instance {@code instance} (1 is the first) of {@code service}, if any. */
    public Optional<ProcessHandle> process(PlatformService service, int instance) {
        synchronized (lock) {
            for (int i = processes.size() - 1; i >= 0; i--) {
                ServiceProcess process = processes.get(i);
                if (process.service() == service && process.instance() == instance && process.isAlive()) {
                    return Optional.of(process.process().toHandle());
                }
            }
        }
        return Optional.empty();
    }

    /** Starts everything and returns when every service answers ready; throws {@link ServiceFailed} if one fails. */
    void start() {
        Instant begin = Instant.now();
        requireJars();
        prepareDataDir();
        boolean needsPostgres = options.services().stream().anyMatch(service -> service.database() != null);
        boolean needsKafka = options.services().stream().anyMatch(PlatformService::usesKafka);
        components = options.services().stream().mapToInt(options::instances).sum()
                + (needsPostgres ? 1 : 0)
                + (needsKafka ? 1 : 0);

        CompletableFuture<Void> postgresReady = needsPostgres
                ? CompletableFuture.runAsync(this::startPostgres, starters)
                : CompletableFuture.completedFuture(null);
        CompletableFuture<Void> kafkaReady = needsKafka
                ? CompletableFuture.runAsync(this::startKafka, starters)
                : CompletableFuture.completedFuture(null);
        // Starting Spring Boot is CPU-bound: on two cores a few JVMs at a time start sooner in total than all at once.
        Semaphore starting = new Semaphore(options.parallelStarts(), true);
        List<CompletableFuture<Void>> all = new ArrayList<>(List.of(postgresReady, kafkaReady));
        for (PlatformService service : options.services()) {
            CompletableFuture<Void> prerequisites = CompletableFuture.allOf(
                    service.database() != null ? postgresReady : CompletableFuture.completedFuture(null),
                    service.usesKafka() ? kafkaReady : CompletableFuture.completedFuture(null));
            for (int instance = 1; instance <= options.instances(service); instance++) {
                int which = instance;
                all.add(prerequisites.thenRunAsync(() -> startService(service, which, starting), starters));
            }
        }
        CompletableFuture<Void> everything = CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
        all.forEach(step -> step.exceptionally(error -> {
            failure.complete(asFailure(error));
            return null;
        }));
        try {
            CompletableFuture.anyOf(everything, failure).join();
        } catch (CompletionException e) {
            throw asFailure(e);
        }
        if (failure.isDone()) {
            throw failure.join();
        }
        startTime = Duration.between(begin, Instant.now());
    }

    /** Completes when a service exits on its own after the platform started; never completes on a clean close. */
    public CompletableFuture<ServiceFailed> failure() {
        return failure;
    }

    /** How long {@link Devstack#start} took until every service was ready. */
    public Duration startTime() {
        return startTime;
    }

    public DevstackOptions options() {
        return options;
    }

    /** The service's URL as a browser on this machine reaches it (its first instance's). */
    public URI url(PlatformService service) {
        return url(service, 1);
    }

    /** The URL of instance {@code instance} (1 is the first) of {@code service}. */
    public URI url(PlatformService service, int instance) {
        return URI.create("http://localhost:" + options.port(service, instance));
    }

    /** Where the service's actuator (health, metrics) answers, on this machine only (its first instance's). */
    public URI managementUrl(PlatformService service) {
        return managementUrl(service, 1);
    }

    /** Where the actuator of instance {@code instance} of {@code service} answers. */
    public URI managementUrl(PlatformService service, int instance) {
        return URI.create("http://localhost:" + options.managementPort(service, instance));
    }

    /** The issuer of the tokens, which is the identity service's public URL. */
    public URI issuer() {
        return url(PlatformService.IDENTITY);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + options.kafkaPort();
    }

    /** Client properties of the broker's super user, for tools that read topics (benchmarks, tests). */
    public Map<String, Object> kafkaSuperUserProperties() {
        KafkaBroker broker;
        synchronized (lock) {
            broker = kafka;
        }
        if (broker == null) {
            throw new IllegalStateException("this platform runs no Kafka broker");
        }
        return broker.superUserProperties();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + options.postgresPort() + "/" + database;
    }

    /**
     * Kills the JVM of instance {@code instance} of {@code service} with SIGKILL ({@link Process#destroyForcibly()}),
     * as a crash or the kernel's out-of-memory killer would, and returns once it is gone: no shutdown hook runs, no
     * request in flight is finished. The supervisor then restarts it as it would after any exit (with its back-off),
     * so this is for fault-injection tools; {@link #restarts} counts the restart.
     *
     * @return the process id that was killed
     * @throws IllegalStateException when that instance is not running
     */
    public long kill(PlatformService service, int instance) {
        ServiceProcess victim = null;
        synchronized (lock) {
            for (int i = processes.size() - 1; i >= 0 && victim == null; i--) {
                ServiceProcess process = processes.get(i);
                if (process.service() == service && process.instance() == instance && process.isAlive()) {
                    victim = process;
                }
            }
        }
        if (victim == null) {
            throw new IllegalStateException(name(service, instance) + " is not running");
        }
        Process jvm = victim.process();
        jvm.destroyForcibly();
        try {
            jvm.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return jvm.pid();
    }

    /**
     * Stops the Kafka broker as a crash would (SIGKILL, no controlled shutdown), for fault-injection tools; {@link
     * #startKafkaAgain()} brings it back on the same port and log directory. The services are not told.
     */
    public void stopKafka() {
        broker().stop();
    }

    /** Starts the broker stopped by {@link #stopKafka()} again and returns when it answers. */
    public void startKafkaAgain() {
        broker().start();
    }

    /**
     * Stops PostgreSQL as {@code pg_ctl stop -m immediate} does (SIGQUIT to the postmaster): every backend ends at once,
     * nothing is checkpointed, and
     * the next start recovers from the write-ahead log, as after a power cut of the database host. For fault-injection
     * tools; {@link #startPostgresAgain()} brings it back.
     */
    public void stopPostgresImmediately() {
        database().stopImmediately();
    }

    /** Starts PostgreSQL stopped by {@link #stopPostgresImmediately()} again, on the same port and data directory. */
    public void startPostgresAgain() {
        database().startAgain();
    }

    private KafkaBroker broker() {
        synchronized (lock) {
            if (kafka == null) {
                throw new IllegalStateException("this platform runs no Kafka broker");
            }
            return kafka;
        }
    }

    private PostgresServer database() {
        synchronized (lock) {
            if (postgres == null) {
                throw new IllegalStateException("this platform runs no PostgreSQL");
            }
            return postgres;
        }
    }

    /** Stops the services, then Kafka, then PostgreSQL. Safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        List<ServiceProcess> running;
        synchronized (lock) {
            if (closing) {
                return;
            }
            closing = true;
            running = new ArrayList<>(processes);
        }
        starters.shutdownNow();
        restarter.shutdownNow();
        // The gateway first, so that nothing new comes in while the services behind it stop.
        running.sort(Comparator.comparing((ServiceProcess process) -> process.service() != PlatformService.GATEWAY));
        running.forEach(ServiceProcess::requestStop);
        running.forEach(process -> process.awaitStopped(STOP_GRACE));
        KafkaBroker broker;
        PostgresServer database;
        synchronized (lock) {
            broker = kafka;
            database = postgres;
        }
        if (broker != null) {
            broker.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void requireJars() {
        List<String> missing = options.services().stream()
                .map(options::jar)
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing service jar(s):\n  " + String.join("\n  ", missing)
                    + "\nBuild them first: ./mvnw -B -q install -DskipTests (./devstack.sh does it for you),"
                    + " or start a subset with --only <service,...>.");
        }
    }

    private void prepareDataDir() {
        try {
            Files.createDirectories(options.dataDir());
            if (options.reset()) {
                // Only what the devstack itself writes, so that a mistyped --data-dir cannot wipe anything else.
                for (String owned : List.of("postgres", "kafka", "identity", "services", "logs")) {
                    deleteRecursively(options.dataDir().resolve(owned));
                }
            }
            Files.createDirectories(options.logs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + options.dataDir(), e);
        }
    }

    private void startPostgres() {
        Instant begin = Instant.now();
        Path cluster = options.dataDir().resolve("postgres").toAbsolutePath();
        stopOrphanedPostgres(cluster);
        PostgresServer server = PostgresServer.start(cluster, options.postgresPort(), false);
        if (!keep(() -> postgres = server, server::close)) {
            return;
        }
        for (PlatformService service : options.services()) {
            if (service.database() != null) {
                server.database(service.database());
            }
        }
        ready("PostgreSQL", "127.0.0.1:" + server.port(), Duration.between(begin, Instant.now()));
    }

    /**
     * PostgreSQL runs detached from the JVM that started it, so a devstack killed with SIGKILL (or a crashed IDE)
     * leaves it running on our data directory, which would stop this start. Its {@code postmaster.pid} names it:
     * a live postgres process serving exactly this directory is ours, and gets a fast shutdown.
     */
    static void stopOrphanedPostgres(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !Path.of(lines.get(1).trim()).equals(cluster)) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .command()
                            .map(command -> command.endsWith("/postgres"))
                            .orElse(false))
                    .ifPresent(orphan -> {
                        // SIGINT is PostgreSQL's fast shutdown; Java can only send SIGTERM (smart) or SIGKILL.
                        try {
                            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                                    .start()
                                    .waitFor();
                            orphan.onExit().get(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            orphan.destroyForcibly();
                        }
                    });
        } catch (IOException | NumberFormatException unreadable) {
            // Not a pid file we understand: let PostgreSQL itself decide whether it is stale.
        }
    }

    private void startKafka() {
        Instant begin = Instant.now();
        // The broker compiles like the services: C1 only for the devstack's fast start, fully for a benchmark.
        KafkaBroker created = KafkaBroker.create(
                options.dataDir().resolve("kafka").toAbsolutePath(),
                options.kafkaPort(),
                options.jvmOptions().contains(DevstackOptions.FAST_START));
        // Beside the services' archives and switched like them; the broker writes it when it stops cleanly.
        KafkaBroker broker =
                options.classDataSharing() ? created.withClassDataArchive(options.kafkaClassDataArchive()) : created;
        // Registered before it starts: a Ctrl-C while the broker boots must still stop it.
        if (!keep(() -> kafka = broker, () -> {})) {
            return;
        }
        broker.start();
        ready("Kafka", broker.bootstrapServers(), Duration.between(begin, Instant.now()));
    }

    private void startService(PlatformService service, int instance, Semaphore starting) {
        try {
            starting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
        try {
            if (options.classDataSharing()) {
                // Here, not at launch: training needs what a start needs, which is up now, and takes a start's slot.
                classDataSharing.prepare(service, options.jar(service), (launch, log) -> train(service, launch, log));
            }
            ServiceProcess process;
            synchronized (lock) {
                if (closing) {
                    return;
                }
                process = launch(service, instance, false);
            }
            Duration took = process.awaitReady(options.startTimeout());
            ready(name(service, instance), url(service, instance).toString(), took);
            superviseExit(process, FIRST_BACK_OFF);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } finally {
            starting.release();
        }
    }

    /**
     * What happens when {@code process} exits after being ready: with {@code failFast} the platform fails; otherwise
     * the service is started again after {@code backOff}, the next back-off doubled unless it had run a while.
     */
    private void superviseExit(ServiceProcess process, Duration backOff) {
        PlatformService service = process.service();
        int instance = process.instance();
        String name = name(service, instance);
        Instant since = Instant.now();
        process.process().onExit().thenRun(() -> {
            synchronized (lock) {
                if (closing) {
                    return;
                }
            }
            String exited = name + " exited with code " + process.process().exitValue();
            if (failFast) {
                failure.complete(new ServiceFailed(name, exited, process.tail()));
                return;
            }
            Duration wait = Duration.between(since, Instant.now()).compareTo(STABLE) >= 0 ? FIRST_BACK_OFF : backOff;
            progress.accept(String.format(
                    Locale.ROOT, "%s; restarting it in %d s (log: %s)", exited, wait.toSeconds(), process.log()));
            Duration next = wait.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait.multipliedBy(2);
            try {
                restarter.schedule(() -> restart(service, instance, next), wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                // The platform is closing.
            }
        });
    }

    /** Starts an instance's JVM and keeps it with the others; call holding {@code lock}, not closing. */
    private ServiceProcess launch(PlatformService service, int instance, boolean appendLog) {
        String name = fileName(service, instance);
        ServiceProcess process = ServiceProcess.launch(
                service,
                instance,
                classDataSharing.launch(service, options.jar(service)),
                options.managementPort(service, instance),
                options.jvmOptions(),
                environment(service, instance),
                options.dataDir().resolve("services").resolve(name),
                options.logs().resolve(name + ".log"),
                appendLog);
        processes.add(process);
        return process;
    }

    /** A class-data training run of {@code service}: its first instance's JVM, environment and working directory. */
    private Process train(PlatformService service, ClassDataSharing.Launch launch, Path log) {
        return ServiceProcess.launch(
                        service,
                        1,
                        launch,
                        options.managementPort(service, 1),
                        options.jvmOptions(),
                        environment(service, 1),
                        options.dataDir().resolve("services").resolve(fileName(service, 1)),
                        log,
                        false)
                .process();
    }

    /**
     * How the console names an instance: the module for the first one (as with one instance), {@code
     * dossier-service #2} for the others.
     */
    static String name(PlatformService service, int instance) {
        return instance == 1 ? service.module() : service.module() + " #" + instance;
    }

    /** The first instance keeps {@code <module>.log}; the others get {@code <module>-<n>.log}. */
    static String fileName(PlatformService service, int instance) {
        return instance == 1 ? service.module() : service.module() + "-" + instance;
    }

    private void restart(PlatformService service, int instance, Duration nextBackOff) {
        ServiceProcess process;
        synchronized (lock) {
            if (closing) {
                return;
            }
            // Appended: the log of the instance that died says why, and must outlive its restart.
            process = launch(service, instance, true);
        }
        restarts.merge(service, 1, Integer::sum);
        try {
            Duration took = process.awaitReady(options.startTimeout());
            progress.accept(String.format(
                    Locale.ROOT,
                    "%s is back on %s (ready in %.1f s)",
                    name(service, instance),
                    url(service, instance),
                    took.toMillis() / 1000.0));
            superviseExit(process, nextBackOff);
        } catch (ServiceFailed notReady) {
            // Exited while starting, or never ready: stop it and try again later.
            process.requestStop();
            process.awaitStopped(STOP_GRACE);
            superviseExit(process, nextBackOff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The settings every service reads from its environment; see each service's README for their meaning. */
    Map<String, String> environment(PlatformService service) {
        return environment(service, 1);
    }

    /** The environment of one instance: its own ports, everything else as every instance of the service has it. */
    Map<String, String> environment(PlatformService service, int instance) {
        Map<String, String> env = new LinkedHashMap<>();
        int port = options.port(service, instance);
        env.put("SERVER_PORT", Integer.toString(port));
        env.put(service.portVariable(), Integer.toString(port));
        env.put("MANAGEMENT_SERVER_PORT", Integer.toString(options.managementPort(service, instance)));
        env.put("SPRING_APPLICATION_NAME", service.module());
        env.put("EGOV_IDENTITY_ISSUER_URI", issuer().toString());
        env.put("EGOV_IDENTITY_JWK_SET_URI", internal(PlatformService.IDENTITY) + "/oauth2/jwks");
        env.put("EGOV_IDENTITY_TOKEN_URI", internal(PlatformService.IDENTITY) + "/oauth2/token");
        if (service.database() != null) {
            env.put("SPRING_DATASOURCE_URL", jdbcUrl(service.database()));
            env.put("SPRING_DATASOURCE_USERNAME", PostgresServer.USER);
            env.put("SPRING_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        }
        env.put("EGOV_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        if (service.usesKafka()) {
            // Each service as its own Kafka user, with the ACLs the broker applied (KafkaAccess).
            KafkaUser user = KafkaAccess.platform()
                    .user(service.module())
                    .orElseThrow(() -> new IllegalStateException(service.module() + " has no Kafka user"));
            env.put("EGOV_KAFKA_USERNAME", user.name());
            env.put("EGOV_KAFKA_PASSWORD", user.localPassword());
        }
        // Where each service finds the others: the gateway routes to them, balancing over every instance (a
        // comma-separated list); services call each other through Feign, which has no load balancer here, at the
        // first instance.
        for (PlatformService other : PlatformService.values()) {
            env.put(
                    "EGOV_" + other.shortName().toUpperCase(Locale.ROOT) + "_URL",
                    service == PlatformService.GATEWAY ? allInstances(other) : internal(other));
        }
        String sandbox = internal(PlatformService.SANDBOX);
        env.put("EGOV_NOTIFICATION_SMS_URL", sandbox);
        env.put("EGOV_NOTIFICATION_ZALO_URL", sandbox);
        env.put("EGOV_NOTIFICATION_NATIONALPORTAL_URL", sandbox);
        // Links in QR codes and receipts, and the callback and return URLs given to payment partners.
        env.put("EGOV_PUBLIC_BASE_URL", url(PlatformService.GATEWAY).toString());
        env.put("EGOV_PAYMENTS_MOMO_BASEURL", sandbox);
        env.put("EGOV_PAYMENTS_NAPAS_BASEURL", sandbox + "/napas");
        env.put("EGOV_PAYMENTS_VIETINBANK_BASEURL", sandbox);
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(options.smtpPort()));
        if (service == PlatformService.SANDBOX) {
            env.put("SANDBOX_PORT", Integer.toString(port));
            env.put("SANDBOX_SMTP_PORT", Integer.toString(options.smtpPort()));
            env.put("SANDBOX_MOMO_PUBLICBASEURL", url(PlatformService.SANDBOX).toString());
            env.put(
                    "SANDBOX_VIETINBANK_NOTIFYURL",
                    url(PlatformService.GATEWAY) + "/api/payments/callbacks/vietinbank");
        }
        if (service == PlatformService.GATEWAY && System.getenv(LOOKUP_LIMIT) == null) {
            // Every caller of the devstack is 127.0.0.1: the browser, the portal calling for it, the tests. The
            // gateway's
            // limit on look-ups by code (10 a minute per address) would be all of theirs together.
            env.put(LOOKUP_LIMIT, "100");
        }
        if (service == PlatformService.IDENTITY && System.getenv(LOGIN_LIMIT) == null) {
            // Every sign-in at the devstack comes from 127.0.0.1: the browser, token.sh, the tests. The provider's
            // limit on sign-in attempts (20 in 10 minutes per address) would be all of theirs together.
            env.put(LOGIN_LIMIT, "1000");
        }
        if (service == PlatformService.DOSSIER && System.getenv(ATTACHMENTS_DIR) == null) {
            // One directory for every instance, as a bucket would be: a file uploaded through one instance is attached
            // to a submission that the gateway may send to another. The first instance's own directory, where a
            // single instance has always kept them.
            env.put(
                    ATTACHMENTS_DIR,
                    options.dataDir()
                            .resolve("services")
                            .resolve(fileName(PlatformService.DOSSIER, 1))
                            .resolve("data")
                            .resolve("attachments")
                            .toAbsolutePath()
                            .toString());
        }
        if (service == PlatformService.IDENTITY) {
            env.put(
                    "EGOV_IDENTITY_KEY_STORE_DIR",
                    options.dataDir().resolve("identity").toAbsolutePath().toString());
            String callback = url(PlatformService.GATEWAY) + "/callback";
            env.put("EGOV_IDENTITY_WEB_REDIRECT_URI", callback);
            if (!callback.equals(LOCAL_STACK_CALLBACK)) {
                // Tools and tests sign in with the local stack's well-known redirect URI whatever the gateway's port.
                env.put("EGOV_IDENTITY_WEB_EXTRA_REDIRECT_URIS", LOCAL_STACK_CALLBACK);
            }
            env.put("EGOV_IDENTITY_WEB_POST_LOGOUT_REDIRECT_URI", url(PlatformService.GATEWAY) + "/");
            env.put(
                    "EGOV_IDENTITY_CORS_ALLOWED_ORIGINS",
                    url(PlatformService.GATEWAY).toString());
        }
        return env;
    }

    private String internal(PlatformService service) {
        return "http://127.0.0.1:" + options.port(service);
    }

    private String allInstances(PlatformService service) {
        List<String> urls = new ArrayList<>();
        for (int instance = 1; instance <= options.instances(service); instance++) {
            urls.add("http://127.0.0.1:" + options.port(service, instance));
        }
        return String.join(",", urls);
    }

    /** Records a started component unless the platform is closing, in which case it is stopped at once. */
    private boolean keep(Runnable record, Runnable stop) {
        synchronized (lock) {
            if (!closing) {
                record.run();
                return true;
            }
        }
        stop.run();
        return false;
    }

    private void ready(String component, String where, Duration took) {
        int count = ready.incrementAndGet();
        progress.accept(String.format(
                Locale.ROOT,
                "[%2d/%d] %-20s ready on %-24s (%.1f s)",
                count,
                components,
                component,
                where,
                took.toMillis() / 1000.0));
    }

    private static ServiceFailed asFailure(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ServiceFailed failed) {
            return failed;
        }
        ServiceFailed wrapped = new ServiceFailed("devstack", String.valueOf(cause.getMessage()), "");
        wrapped.initCause(cause);
        return wrapped;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
