package vn.egov.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.egov.embedded.FreePorts;

/**
 * How to run the platform: where the data lives, which ports, which services. Every setting has a default for the
 * local stack and can be changed by a flag or an environment variable (flags win).
 *
 * @param root the repository root, where {@code <module>/target/<module>.jar} are found
 * @param dataDir PostgreSQL's cluster, Kafka's log, the identity signing key and the services' logs
 * @param reset wipe {@code dataDir} before starting
 * @param postgresPort the embedded PostgreSQL's port
 * @param kafkaPort the Kafka broker's port
 * @param smtpPort the sandbox's SMTP port, where notification-service sends e-mail
 * @param ports each service's HTTP port
 * @param services the services to start (all unless {@code --only})
 * @param parallelStarts how many service JVMs may be starting at the same time
 * @param jvmOptions the options of every service JVM
 * @param startTimeout how long one service may take to become ready
 * @param instances how many instances of each service to run (one unless {@code --instances}); instance {@code n}
 *     answers on the service's port plus {@link #INSTANCE_PORT_STEP} × (n − 1)
 * @param classDataSharing start the service JVMs from class-data archives, trained once after each build ({@link
 *     ClassDataSharing}); on for {@code ./devstack.sh} unless {@code --no-cds}, off in tests and benchmarks
 */
public record DevstackOptions(
        Path root,
        Path dataDir,
        boolean reset,
        int postgresPort,
        int kafkaPort,
        int smtpPort,
        Map<PlatformService, Integer> ports,
        Set<PlatformService> services,
        int parallelStarts,
        List<String> jvmOptions,
        Duration startTimeout,
        Map<PlatformService, Integer> instances,
        boolean classDataSharing) {

    public static final int DEFAULT_POSTGRES_PORT = 5433;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_SMTP_PORT = 3025;

    /** A service's actuator (health, metrics) answers on its port plus this, never through the gateway. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    /** Instance {@code n} of a service answers on the service's port plus this times {@code n - 1}. */
    public static final int INSTANCE_PORT_STEP = 100;

    /** At most this many instances of one service: their ports stay clear of the next service's. */
    public static final int MAX_INSTANCES = 9;

    /** C1 only: a JVM starts fastest without the optimising compiler (and reaches a slower steady state). */
    public static final String FAST_START = "-XX:TieredStopAtLevel=1";

    /**
     * Sized for a laptop or a 2-core CI machine: C1 only and the serial collector start a Spring Boot service
     * fastest and keep seven JVMs small; the heap is what the busiest service needs for a demo.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            FAST_START,
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xms64m",
            "-Xmx384m",
            "-XX:ReservedCodeCacheSize=64m",
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-Dspring.main.lazy-initialization=false");

    public DevstackOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(dataDir, "dataDir");
        ports = Collections.unmodifiableMap(new EnumMap<>(ports));
        for (PlatformService service : PlatformService.values()) {
            if (!ports.containsKey(service)) {
                throw new IllegalArgumentException("no port for " + service.module());
            }
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException("no service to start");
        }
        services = Collections.unmodifiableSet(EnumSet.copyOf(services));
        if (parallelStarts < 1) {
            throw new IllegalArgumentException("parallelStarts must be at least 1");
        }
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(startTimeout, "startTimeout");
        Map<PlatformService, Integer> counts = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            int count = instances.getOrDefault(service, 1);
            if (count < 1 || count > MAX_INSTANCES) {
                throw new IllegalArgumentException(
                        service.module() + " can run 1 to " + MAX_INSTANCES + " instances, not " + count);
            }
            if (count > 1 && service.singleInstanceReason() != null) {
                throw new IllegalArgumentException(
                        service.module() + " runs as one instance only: " + service.singleInstanceReason());
            }
            counts.put(service, count);
        }
        instances = Collections.unmodifiableMap(counts);
    }

    /** Without class-data sharing. */
    public DevstackOptions(
            Path root,
            Path dataDir,
            boolean reset,
            int postgresPort,
            int kafkaPort,
            int smtpPort,
            Map<PlatformService, Integer> ports,
            Set<PlatformService> services,
            int parallelStarts,
            List<String> jvmOptions,
            Duration startTimeout,
            Map<PlatformService, Integer> instances) {
        this(
                root,
                dataDir,
                reset,
                postgresPort,
                kafkaPort,
                smtpPort,
                ports,
                services,
                parallelStarts,
                jvmOptions,
                startTimeout,
                instances,
                false);
    }

    /** One instance of each service, without class-data sharing. */
    public DevstackOptions(
            Path root,
            Path dataDir,
            boolean reset,
            int postgresPort,
            int kafkaPort,
            int smtpPort,
            Map<PlatformService, Integer> ports,
            Set<PlatformService> services,
            int parallelStarts,
            List<String> jvmOptions,
            Duration startTimeout) {
        this(
                root,
                dataDir,
                reset,
                postgresPort,
                kafkaPort,
                smtpPort,
                ports,
                services,
                parallelStarts,
                jvmOptions,
                startTimeout,
                Map.of());
    }

    /** The local stack's defaults: ./data, the ports of ARCHITECTURE.md §9, every service. */
    public static DevstackOptions defaults() {
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, service.defaultPort());
        }
        return new DevstackOptions(
                findRoot(),
                Path.of("data"),
                false,
                DEFAULT_POSTGRES_PORT,
                DEFAULT_KAFKA_PORT,
                DEFAULT_SMTP_PORT,
                ports,
                EnumSet.allOf(PlatformService.class),
                4,
                DEFAULT_JVM_OPTIONS,
                Duration.ofMinutes(3));
    }

    /** The defaults, then the environment, then the command line. */
    public static DevstackOptions parse(String[] args, Map<String, String> env) {
        DevstackOptions options = defaults();
        Map<String, String> values = new java.util.HashMap<>();
        // The environment first, under the flag's name, so that a flag given on the command line replaces it.
        putIfSet(values, "data-dir", env.get("EGOV_DEVSTACK_DATA_DIR"));
        putIfSet(values, "root", env.get("EGOV_DEVSTACK_ROOT"));
        putIfSet(values, "postgres-port", env.get("EGOV_POSTGRES_PORT"));
        putIfSet(values, "kafka-port", env.get("EGOV_KAFKA_PORT"));
        putIfSet(values, "smtp-port", env.get("EGOV_SANDBOX_SMTP_PORT"));
        putIfSet(values, "parallel", env.get("EGOV_DEVSTACK_PARALLEL"));
        putIfSet(values, "jvm-options", env.get("EGOV_DEVSTACK_JVM_OPTIONS"));
        putIfSet(values, "instances", env.get("EGOV_DEVSTACK_INSTANCES"));
        for (PlatformService service : PlatformService.values()) {
            putIfSet(values, service.shortName() + "-port", env.get(service.portVariable()));
        }
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--reset")) {
                reset = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!isKnown(name)) {
                throw new IllegalArgumentException("unknown option: --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            values.put(name, value);
        }

        Map<PlatformService, Integer> ports = new EnumMap<>(options.ports());
        Set<PlatformService> services = EnumSet.copyOf(options.services());
        Path root = options.root();
        Path dataDir = options.dataDir();
        int postgresPort = options.postgresPort();
        int kafkaPort = options.kafkaPort();
        int smtpPort = options.smtpPort();
        int parallel = options.parallelStarts();
        List<String> jvmOptions = options.jvmOptions();
        Map<PlatformService, Integer> instances = new EnumMap<>(options.instances());
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            switch (name) {
                case "data-dir" -> dataDir = Path.of(value);
                case "root" -> root = Path.of(value);
                case "postgres-port" -> postgresPort = port(name, value);
                case "kafka-port" -> kafkaPort = port(name, value);
                case "smtp-port" -> smtpPort = port(name, value);
                case "parallel" -> parallel = Integer.parseInt(value);
                case "jvm-options" -> {
                    List<String> all = new ArrayList<>(DEFAULT_JVM_OPTIONS);
                    all.addAll(Arrays.asList(value.trim().split("\\s+")));
                    jvmOptions = all;
                }
                case "instances" -> instances.putAll(instances(value));
                case "only" -> {
                    services = EnumSet.noneOf(PlatformService.class);
                    for (String service : value.split(",")) {
                        services.add(PlatformService.named(service.trim()));
                    }
                }
                default -> {
                    if (!name.endsWith("-port")) {
                        throw new IllegalArgumentException("unknown option: --" + name);
                    }
                    ports.put(
                            PlatformService.named(name.substring(0, name.length() - "-port".length())),
                            port(name, value));
                }
            }
        }
        return new DevstackOptions(
                root,
                dataDir,
                reset,
                postgresPort,
                kafkaPort,
                smtpPort,
                ports,
                services,
                parallel,
                jvmOptions,
                options.startTimeout(),
                instances,
                options.classDataSharing());
    }

    /** {@code dossier-service=2,gateway=2}: services by module or short name, each with its number of instances. */
    static Map<PlatformService, Integer> instances(String value) {
        Map<PlatformService, Integer> instances = new EnumMap<>(PlatformService.class);
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("--instances takes service=N[,service=N], not " + entry.trim());
            }
            PlatformService service =
                    PlatformService.named(entry.substring(0, equals).trim());
            try {
                instances.put(
                        service, Integer.parseInt(entry.substring(equals + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--instances: not a number of instances: " + entry.trim());
            }
        }
        return instances;
    }

    /** The same options with a free port for every server, for tests that run beside a local stack. */
    public DevstackOptions withFreePorts() {
        Map<PlatformService, Integer> free = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            free.put(service, FreePorts.nextWithCompanion(MANAGEMENT_PORT_OFFSET));
        }
        return new DevstackOptions(
                root,
                dataDir,
                reset,
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                free,
                services,
                parallelStarts,
                jvmOptions,
                startTimeout,
                instances,
                classDataSharing);
    }

    public DevstackOptions withDataDir(Path dataDir, boolean reset) {
        return new DevstackOptions(
                root,
                dataDir,
                reset,
                postgresPort,
                kafkaPort,
                smtpPort,
                ports,
                services,
                parallelStarts,
                jvmOptions,
                startTimeout,
                instances,
                classDataSharing);
    }

    /** The same options with {@code count} instances of {@code service}. */
    public DevstackOptions withInstances(PlatformService service, int count) {
        Map<PlatformService, Integer> more = new EnumMap<>(instances);
        more.put(service, count);
        return new DevstackOptions(
                root,
                dataDir,
                reset,
                postgresPort,
                kafkaPort,
                smtpPort,
                ports,
                services,
                parallelStarts,
                jvmOptions,
                startTimeout,
                more,
                classDataSharing);
    }

    /** The same options with class-data sharing on or off. */
    public DevstackOptions withClassDataSharing(boolean on) {
        return new DevstackOptions(
                root,
                dataDir,
                reset,
                postgresPort,
                kafkaPort,
                smtpPort,
                ports,
                services,
                parallelStarts,
                jvmOptions,
                startTimeout,
                instances,
                on);
    }

    /** Whether a selected service keeps data in PostgreSQL. */
    public boolean needsPostgres() {
        return services.stream().anyMatch(service -> service.database() != null);
    }

    /** Whether a selected service publishes or consumes events. */
    public boolean needsKafka() {
        return services.stream().anyMatch(PlatformService::usesKafka);
    }

    public int port(PlatformService service) {
        return ports.get(service);
    }

    /** Where the service's actuator answers: its port plus {@link #MANAGEMENT_PORT_OFFSET}. */
    public int managementPort(PlatformService service) {
        return port(service) + MANAGEMENT_PORT_OFFSET;
    }

    /** How many instances of {@code service} run. */
    public int instances(PlatformService service) {
        return instances.get(service);
    }

    /** The port of instance {@code instance} (1 is the first) of {@code service}. */
    public int port(PlatformService service, int instance) {
        if (instance < 1 || instance > instances(service)) {
            throw new IllegalArgumentException(service.module() + " has no instance " + instance);
        }
        return port(service) + INSTANCE_PORT_STEP * (instance - 1);
    }

    /** Where the actuator of instance {@code instance} of {@code service} answers. */
    public int managementPort(PlatformService service, int instance) {
        return port(service, instance) + MANAGEMENT_PORT_OFFSET;
    }

    /** Where the service's Spring Boot jar is expected. */
    public Path jar(PlatformService service) {
        return root.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    /** Where the services' extracted jars and class-data archives are kept; {@code --reset} leaves them. */
    public Path classDataSharingDir() {
        return dataDir.resolve("cds");
    }

    /** The Kafka broker's class-data archive, beside the services' ({@code KafkaBroker#withClassDataArchive}). */
    public Path kafkaClassDataArchive() {
        return classDataSharingDir().resolve("kafka").resolve("kafka.jsa").toAbsolutePath();
    }

    private static boolean isKnown(String name) {
        if (List.of(
                        "data-dir",
                        "root",
                        "postgres-port",
                        "kafka-port",
                        "smtp-port",
                        "parallel",
                        "jvm-options",
                        "only",
                        "instances")
                .contains(name)) {
            return true;
        }
        for (PlatformService service : PlatformService.values()) {
            if (name.equals(service.shortName() + "-port")) {
                return true;
            }
        }
        return false;
    }

    private static int port(String name, String value) {
        int port = Integer.parseInt(value.trim());
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--" + name + " is not a port: " + value);
        }
        return port;
    }

    private static void putIfSet(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }

    /**
     * The repository root: the directory above this module, found from where this class was loaded
     * ({@code devstack/target/devstack.jar} or {@code devstack/target/classes}), else from the working directory.
     */
    static Path findRoot() {
        try {
            Path codeSource = Path.of(DevstackOptions.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path root = rootAbove(codeSource.toAbsolutePath());
            if (root != null) {
                return root;
            }
        } catch (URISyntaxException | RuntimeException unknown) {
            // fall back to the working directory
        }
        Path root = rootAbove(Path.of("").toAbsolutePath());
        return root != null ? root : Path.of("").toAbsolutePath();
    }

    private static Path rootAbove(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("devstack").resolve("pom.xml"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return null;
    }
}
