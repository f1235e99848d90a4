package vn.egov.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode, run from the Kafka jars in a child JVM that dies with this one.
 * It can be stopped and started again on the same port and log directory, which is how tests prove that nothing is
 * lost while the broker is down.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final boolean fastStart;
    private Process process;

    private KafkaBroker(Path dataDir, int port, int controllerPort, boolean fastStart) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.fastStart = fastStart;
    }

    /**
     * A broker on {@code port} (0 picks a free one) keeping its logs in {@code dataDir}, its JVM compiling with C1 only
     * (it starts faster, which is what tests and the devstack want); call {@link #start()}.
     */
    public static KafkaBroker create(Path dataDir, int port) {
        return create(dataDir, port, true);
    }

    /**
     * @param fastStart C1 only ({@code -XX:TieredStopAtLevel=1}); {@code false} gives the broker the optimising
     *     compiler too, as a benchmark wants
     */
    public static KafkaBroker create(Path dataDir, int port, boolean fastStart) {
        return new KafkaBroker(dataDir, port == 0 ? FreePorts.next() : port, FreePorts.next(), fastStart);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker (formatting the log directory the first time) and waits until it answers. */
    public synchronized KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(config);
            }
            process = launch("kafka.Kafka", List.of(config.toString()), dataDir.resolve("broker.log"));
            awaitReady(Duration.ofSeconds(90));
            log.info("Kafka broker ready on {}", bootstrapServers());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker process (as a crash would, without a clean shutdown) and waits until the port is free. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private Path writeConfig() throws IOException {
        String properties = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs").toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "");
        Path config = dataDir.resolve("server.properties");
        Files.writeString(config, properties, StandardCharsets.UTF_8);
        return config;
    }

    private void format(Path config) throws IOException {
        Path clusterIdFile = dataDir.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(clusterIdFile).trim();
        Process format = launch(
                "kafka.tools.StorageTool",
                List.of("format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"),
                dataDir.resolve("format.log"));
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed: "
                        + Files.readString(dataDir.resolve("format.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process launch(String mainClass, List<String> args, Path logFile) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(JvmClasspath.javaExecutable(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC"));
        if (fastStart) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of(
                "-Djava.awt.headless=true",
                "-Dlog4j2.level=WARN",
                "-cp",
                JvmClasspath.current(),
                ParentWatchdog.class.getName(),
                Long.toString(ProcessHandle.current().pid()),
                mainClass));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited: " + tail(dataDir.resolve("broker.log")));
                }
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(3, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // still starting
                }
            }
        }
        throw new IllegalStateException(
                "Kafka broker not ready after " + timeout + ": " + tail(dataDir.resolve("broker.log")));
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
