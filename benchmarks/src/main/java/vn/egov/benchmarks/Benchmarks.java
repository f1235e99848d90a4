package vn.egov.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.egov.devstack.Devstack;
import vn.egov.devstack.DevstackOptions;
import vn.egov.devstack.Platform;
import vn.egov.devstack.PlatformService;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar [search|submissions|callbacks|pages|all|faults] [--option value ...]}: starts the
 * platform on free ports in a temporary data directory with only the services a benchmark needs, waits for the
 * machine to be quiet, measures, writes {@code docs/benchmarks/<benchmark>.md} and stops everything. Not a test: it
 * runs only when asked.
 */
public final class Benchmarks {

    /** Turns the gateway's rate limits off (gateway/README.md, "Rate limits"). */
    static final String NO_RATE_LIMITS = "-Degov.gateway.rate-limits.enabled=false";

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        org.slf4j.LoggerFactory.getLogger(Benchmarks.class);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "rate", "500",
                "gateway-rate", "500",
                "warmup", "20",
                "duration", "30",
                "saturation-requests", "3000",
                "saturation-concurrency", "8",
                "concurrency", "1,4,16",
                "submissions", "1000",
                "max-load", "2.5",
                "max-wait-minutes", "15"));
        options.put("root", DevstackOptions.defaults().root().toString());
        options.put("service-jvm-options", "");
        options.put("max-warmup-minutes", "10");
        options.put("callback-rate", "300");
        options.put("callback-duration", "60");
        options.put("callback-step-duration", "10");
        options.put("callback-step-factor", "1.25");
        options.put("callback-max-steps", "12");
        options.put("callback-step-from", "0");
        options.put("latency-rate", "100");
        options.put("latency-baseline-rate", "25");
        options.put("latency-duration", "30");
        options.put("officer-concurrency", "4");
        options.put("officer-actions", "1000");
        options.put("page-rate", "100");
        options.put("page-duration", "30");
        options.put("page-step-duration", "10");
        options.put("page-step-factor", "1.5");
        options.put("page-max-steps", "6");
        options.put("faults-scenario", "all");
        options.put("faults-rate", "10");
        options.put("faults-action-rate", "3");
        options.put("faults-callback-rate", "10");
        options.put("faults-warmup", "15");
        options.put("faults-after", "20");
        options.put("faults-kills", "5");
        options.put("faults-kafka-down", "10");
        options.put("faults-partner-seconds", "10");
        String what = "all";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(usage());
                return;
            }
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!options.containsKey(name) && !name.equals("docs")) {
                    out.println("unknown option " + arg + "\n" + usage());
                    System.exit(2);
                }
                if (i + 1 >= args.length) {
                    out.println(arg + " needs a value");
                    System.exit(2);
                }
                options.put(name, args[++i]);
            } else {
                what = arg;
            }
        }
        if (!List.of("search", "submissions", "callbacks", "pages", "faults", "all")
                .contains(what)) {
            out.println("unknown benchmark " + what + "\n" + usage());
            System.exit(2);
        }
        Path root = Path.of(options.get("root")).toAbsolutePath();
        Path docs = Path.of(
                options.getOrDefault("docs", root.resolve("docs/benchmarks").toString()));
        Files.createDirectories(docs);
        Context context = new Context(
                root,
                docs,
                line -> out.println("[bench] " + line),
                "java -jar benchmarks/target/benchmarks.jar " + String.join(" ", args),
                Double.parseDouble(options.get("max-load")),
                Duration.ofMinutes(Long.parseLong(options.get("max-wait-minutes"))),
                options.get("service-jvm-options").isBlank()
                        ? List.of()
                        : List.of(options.get("service-jvm-options").strip().split("\\s+")));
        context.progress().accept("load average at start: " + Machine.loadAverageLine());
        if (what.equals("search") || what.equals("all")) {
            new SearchBenchmark(
                            context,
                            new SearchBenchmark.Settings(
                                    Double.parseDouble(options.get("rate")),
                                    Double.parseDouble(options.get("gateway-rate")),
                                    Duration.ofSeconds(Long.parseLong(options.get("warmup"))),
                                    Duration.ofSeconds(Long.parseLong(options.get("duration"))),
                                    Integer.parseInt(options.get("saturation-requests")),
                                    Integer.parseInt(options.get("saturation-concurrency"))))
                    .run();
        }
        if (what.equals("submissions") || what.equals("all")) {
            new SubmissionBenchmark(
                            context,
                            new SubmissionBenchmark.Settings(
                                    Arrays.stream(options.get("concurrency").split(","))
                                            .map(String::strip)
                                            .map(Integer::parseInt)
                                            .toList(),
                                    Integer.parseInt(options.get("submissions")),
                                    Duration.ofMinutes(Long.parseLong(options.get("max-warmup-minutes"))),
                                    Double.parseDouble(options.get("latency-rate")),
                                    Double.parseDouble(options.get("latency-baseline-rate")),
                                    Duration.ofSeconds(Long.parseLong(options.get("latency-duration"))),
                                    Integer.parseInt(options.get("officer-concurrency")),
                                    Integer.parseInt(options.get("officer-actions"))))
                    .run();
        }
        if (what.equals("callbacks") || what.equals("all")) {
            new CallbackBenchmark(
                            context,
                            new CallbackBenchmark.Settings(
                                    Double.parseDouble(options.get("callback-rate")),
                                    Duration.ofSeconds(Long.parseLong(options.get("callback-duration"))),
                                    Duration.ofSeconds(Long.parseLong(options.get("callback-step-duration"))),
                                    Double.parseDouble(options.get("callback-step-factor")),
                                    Integer.parseInt(options.get("callback-max-steps")),
                                    Double.parseDouble(options.get("callback-step-from"))))
                    .run();
        }
        if (what.equals("pages") || what.equals("all")) {
            new PageBenchmark(
                            context,
                            new PageBenchmark.Settings(
                                    Double.parseDouble(options.get("page-rate")),
                                    Duration.ofSeconds(Long.parseLong(options.get("page-duration"))),
                                    Duration.ofSeconds(Long.parseLong(options.get("page-step-duration"))),
                                    Double.parseDouble(options.get("page-step-factor")),
                                    Integer.parseInt(options.get("page-max-steps"))))
                    .run();
        }
        // Not part of "all": it breaks the platform on purpose, and the others measure a healthy one.
        if (what.equals("faults")) {
            new FaultsBenchmark(context, faultSettings(options)).run();
        }
        // The Kafka client and HTTP client threads are not daemons everywhere; the platform is already stopped.
        System.exit(0);
    }

    /** The faults benchmark's settings from the {@code --faults-*} options. */
    static FaultsBenchmark.Settings faultSettings(Map<String, String> options) {
        return new FaultsBenchmark.Settings(
                FaultScenario.parse(options.get("faults-scenario")),
                positive(options, "faults-rate"),
                positive(options, "faults-action-rate"),
                positive(options, "faults-callback-rate"),
                Duration.ofSeconds((long) positive(options, "faults-warmup")),
                Duration.ofSeconds((long) positive(options, "faults-after")),
                (int) positive(options, "faults-kills"),
                Duration.ofSeconds((long) positive(options, "faults-kafka-down")),
                Duration.ofSeconds((long) positive(options, "faults-partner-seconds")));
    }

    private static double positive(Map<String, String> options, String name) {
        double value = Double.parseDouble(options.get(name));
        if (!(value > 0)) {
            throw new IllegalArgumentException("--" + name + " must be positive, not " + options.get(name));
        }
        return value;
    }

    static String usage() {
        return """
                usage: java -jar benchmarks/target/benchmarks.jar [search|submissions|callbacks|pages|all|faults] [options]
                  (all runs the first four; faults runs only when named: it breaks the platform on purpose)
                  --rate N                   search: requests/s of the raw-index and in-service phases (500)
                  --gateway-rate N           search: requests/s through the gateway (500, the target's rate)
                  --warmup S / --duration S  search: seconds of warm-up and of measurement per target (20 / 30)
                  --saturation-requests N    search: calls of the closed-model throughput probe per target (3000)
                  --saturation-concurrency N search: workers of that probe (8)
                  --concurrency a,b,c        submissions: closed-model levels (1,4,16)
                  --submissions N            submissions: calls per level and target are N x level, at most 4 N (1000)
                  --max-warmup-minutes M     submissions: warm up until the JIT settles, at most M minutes (10)
                  --latency-rate N           submissions: submissions/s of the event latency phase (100)
                  --latency-baseline-rate N  submissions: the same phase first at this rate, as the baseline (25; 0: none)
                  --latency-duration S       submissions: seconds of each of those phases (30)
                  --officer-concurrency N    submissions: workers of the officer action phase (4)
                  --officer-actions N        submissions: officer actions measured (1000)
                  --callback-rate N          callbacks: the steady rate, callbacks/s (300, the target's rate)
                  --callback-duration S      callbacks: seconds at the steady rate (60)
                  --callback-step-duration S callbacks: seconds per step of the step-up (10)
                  --callback-step-factor X   callbacks: each step's rate is the previous one's times X (1.25)
                  --callback-max-steps N     callbacks: at most N steps per target (12)
                  --callback-step-from N     callbacks: the first step's rate (0: the steady rate times the factor)
                  --page-rate N              pages: the steady rate, requests/s (100, the target's rate)
                  --page-duration S          pages: seconds at the steady rate (30)
                  --page-step-duration S     pages: seconds per step of the step-up (10)
                  --page-step-factor X       pages: each step's rate is the previous one's times X (1.5)
                  --page-max-steps N         pages: at most N steps per target (6)
                  --faults-scenario S        faults: kill, kafka, postgres, partner or all, comma-separated (all)
                  --faults-rate N            faults: online submissions/s through the gateway (10)
                  --faults-action-rate N     faults: officer accepts/s (3)
                  --faults-callback-rate N   faults: MoMo IPNs/s, every 5th a duplicate (10)
                  --faults-warmup S          faults: seconds of steady load before each fault (15)
                  --faults-after S           faults: seconds of load after the fault ended (20)
                  --faults-kills N           faults: kill -9 of dossier-service #1 in a row, each restarted (5)
                  --faults-kafka-down S      faults: seconds the broker stays down (10)
                  --faults-partner-seconds S faults: seconds the partners are slow, then as long failing (10)
                  --max-load X               wait for a 1-minute load average below X before measuring (2.5)
                  --max-wait-minutes M       ...but not longer than M minutes (15)
                  --root DIR                 the repository root holding <module>/target/<module>.jar (.)
                  --service-jvm-options "..." extra options of every service JVM (e.g. a flight recording)
                  --docs DIR                 where the reports go (docs/benchmarks)""";
    }

    /** What every benchmark shares: where things are, how to report, how to start the platform. */
    record Context(
            Path root,
            Path docs,
            Consumer<String> progress,
            String command,
            double maxLoad,
            Duration maxWait,
            List<String> serviceJvmOptions) {

        /**
         * Starts the given services on free ports in a new temporary data directory. The service JVMs and the Kafka
         * broker get the devstack's options without {@code -XX:TieredStopAtLevel=1}: C1-only code starts fast but is
         * not what a production JVM runs, and a benchmark is about the steady state.
         */
        Started start(Set<PlatformService> services, List<String> extraJvmOptions) throws IOException {
            return start(services, extraJvmOptions, Map.of());
        }

        /** As {@link #start(Set, List)}, with more than one instance of the services {@code instances} names. */
        Started start(
                Set<PlatformService> services, List<String> extraJvmOptions, Map<PlatformService, Integer> instances)
                throws IOException {
            Path data = Files.createTempDirectory("egov-benchmark-");
            DevstackOptions defaults =
                    DevstackOptions.defaults().withFreePorts().withDataDir(data, true);
            List<String> jvm = new ArrayList<>(DevstackOptions.DEFAULT_JVM_OPTIONS);
            jvm.remove(DevstackOptions.FAST_START);
            // One load generator on one address is exactly what the gateway's rate limits stop: they are off here (a
            // system property, which only the gateway reads). The benchmarks measure capacity, not the limits.
            jvm.add(NO_RATE_LIMITS);
            jvm.addAll(extraJvmOptions);
            jvm.addAll(serviceJvmOptions);
            DevstackOptions options = new DevstackOptions(
                    root,
                    data,
                    true,
                    defaults.postgresPort(),
                    defaults.kafkaPort(),
                    defaults.smtpPort(),
                    defaults.ports(),
                    EnumSet.copyOf(services),
                    2,
                    jvm,
                    Duration.ofMinutes(6));
            for (Map.Entry<PlatformService, Integer> more : instances.entrySet()) {
                options = options.withInstances(more.getKey(), more.getValue());
            }
            progress.accept("starting " + services + " in " + data);
            Platform platform = Devstack.start(options, progress);
            // Ctrl-C or SIGTERM must stop the platform too: PostgreSQL runs detached and would outlive us.
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "benchmark-stop"));
            progress.accept(String.format(
                    "platform ready in %.1f s", platform.startTime().toMillis() / 1000.0));
            return new Started(platform, data, jvm);
        }
    }

    /**
     * A running platform and its temporary data directory, both gone after {@link #close()}; the services' logs are
     * kept beside it ({@code egov-benchmark-logs-*}), for reading what a run's errors were.
     */
    record Started(Platform platform, Path data, List<String> jvmOptions) implements AutoCloseable {

        private void keepLogs() throws IOException {
            Path logs = data.resolve("logs");
            if (!Files.isDirectory(logs)) {
                return;
            }
            Path kept = Files.createTempDirectory("egov-benchmark-logs-");
            try (Stream<Path> files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    Files.copy(file, kept.resolve(file.getFileName()));
                }
            }
            System.err.println("[bench] services' logs kept in " + kept);
        }

        @Override
        public void close() throws IOException {
            platform.close();
            keepLogs();
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
