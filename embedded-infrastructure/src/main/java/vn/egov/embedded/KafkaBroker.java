package vn.egov.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.embedded.kafka.KafkaAccess;
import vn.egov.embedded.kafka.KafkaCredentials;
import vn.egov.embedded.kafka.KafkaUser;

/**
 * A real single-node Kafka broker in KRaft mode, run from the Kafka jars in a child JVM that dies with this one.
 * It can be stopped and started again on the same port and log directory, which is how tests prove that nothing is
 * lost while the broker is down.
 *
 * <p>Secured as production is: clients authenticate with SASL/SCRAM-SHA-512 and the {@code StandardAuthorizer}
 * allows only what an ACL grants. On start the broker creates the topics, SCRAM users and ACLs of its
 * {@link KafkaAccess} (the platform's by default), each user with its {@linkplain KafkaUser#localPassword() local
 * password}. Two identities are super users: {@code admin} (SCRAM, its password generated when the log directory is
 * formatted and kept beside it, for this class and the test harness: {@link #superUserProperties()}) and the node's
 * own {@code controller} identity (SASL/PLAIN on the controller listener, a new password every start).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    /** The super user of the infrastructure code: creates topics, users and ACLs. */
    public static final String SUPER_USER = "admin";

    private static final String CONTROLLER_USER = "controller";
    private static final String ADMIN_PASSWORD_FILE = "admin.password";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final boolean fastStart;
    private final KafkaAccess access;
    private final BrokerClassData classData;
    private Process process;
    private List<String> command = List.of();
    private BrokerClassData.Use classDataUse = BrokerClassData.Use.NONE;

    private KafkaBroker(
            Path dataDir,
            int port,
            int controllerPort,
            boolean fastStart,
            KafkaAccess access,
            BrokerClassData classData) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.fastStart = fastStart;
        this.access = access;
        this.classData = classData;
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
        return new KafkaBroker(
                dataDir,
                port == 0 ? FreePorts.next() : port,
                FreePorts.next(),
                fastStart,
                KafkaAccess.platform(),
                null);
    }

    /**
     * The same broker (ports, log directory), its JVM started from a class-data archive kept in {@code archive}: a
     * start maps it when it was made from this class path, JDK and JVM options, and otherwise writes it when the
     * broker stops cleanly ({@link #close()}, or SIGTERM to the broker), for the next start. Mapping Kafka's classes
     * instead of loading them from the jars took the devstack's broker from about 13.5 s to 10.5 s on a 2-core
     * machine. Nothing about the archive stops a start: on any trouble the broker starts without one. Call before
     * {@link #start()}.
     */
    public KafkaBroker withClassDataArchive(Path archive) {
        return new KafkaBroker(dataDir, port, controllerPort, fastStart, access, new BrokerClassData(archive));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The users, ACLs and topics this broker applies on start. */
    public KafkaAccess access() {
        return access;
    }

    /**
     * Client properties (bootstrap servers, SASL) that authenticate as {@link #SUPER_USER}, for the infrastructure
     * code and the test harness only; a service or a ministry connects as itself ({@link #clientProperties}). Known once
     * the broker has been started.
     */
    public Map<String, Object> superUserProperties() {
        return superUser().clientProperties(bootstrapServers());
    }

    /** The credentials of {@link #SUPER_USER}; see {@link #superUserProperties()}. */
    public KafkaCredentials superUser() {
        try {
            return new KafkaCredentials(SUPER_USER, Files.readString(dataDir.resolve(ADMIN_PASSWORD_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("the broker was never started in " + dataDir, e);
        }
    }

    /** Client properties that authenticate as {@code user} of {@link #access()} with its local password. */
    public Map<String, Object> clientProperties(String user) {
        KafkaUser known = access.user(user).orElseThrow(() -> new IllegalArgumentException("no Kafka user " + user));
        return KafkaCredentials.localOf(known).clientProperties(bootstrapServers());
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
            boolean formatted = Files.exists(dataDir.resolve("logs").resolve("meta.properties"));
            Path adminPassword = dataDir.resolve(ADMIN_PASSWORD_FILE);
            if (formatted && !Files.exists(adminPassword)) {
                throw new IllegalStateException("the Kafka log directory " + dataDir
                        + " was formatted without SASL users (before the broker required authentication):"
                        + " delete it (the devstack: ./devstack.sh --reset) and start again");
            }
            if (!formatted) {
                Files.writeString(adminPassword, newPassword());
                ownerOnly(adminPassword);
            }
            Path config = writeConfig(Files.readString(adminPassword));
            if (!formatted) {
                format(config, Files.readString(adminPassword));
            }
            classDataUse = classDataUse();
            process = launch(
                    "kafka.Kafka",
                    classDataUse.jvmOptions(),
                    List.of(config.toString()),
                    dataDir.resolve("broker.log"));
            awaitReady(Duration.ofSeconds(90));
            applyAccess();
            log.info(
                    "Kafka broker ready on {} (SASL/SCRAM, {} users)",
                    bootstrapServers(),
                    access.users().size());
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
            if (process.waitFor(20, TimeUnit.SECONDS)) {
                recordClassData();
            } else {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** The command line of the broker's JVM as last started, for tests. */
    synchronized List<String> command() {
        return command;
    }

    /** Which class-data option this start gets; none, with one line in the log, when anything goes wrong. */
    private BrokerClassData.Use classDataUse() {
        if (classData == null) {
            return BrokerClassData.Use.NONE;
        }
        try {
            if (Files.isDirectory(Path.of(ParentWatchdog.location()))) {
                log.warn(
                        "Kafka broker starts without a class-data archive: the JVM writes none while {} comes from"
                                + " a directory (a test's class path)",
                        ParentWatchdog.class.getSimpleName());
                return BrokerClassData.Use.NONE;
            }
            BrokerClassData.Use use = classData.decide(BrokerClassData.currentJava(), jvmOptions(), brokerClassPath());
            if (use.trains()) {
                log.info(
                        "Kafka broker starts without a class-data archive; it writes {} when it stops",
                        classData.archive());
            }
            return use;
        } catch (IOException | RuntimeException e) {
            log.warn("Kafka broker starts without a class-data archive: {}", e.toString());
            return BrokerClassData.Use.NONE;
        }
    }

    /** After a clean stop of a training start: the stamp that makes the next start map the archive. */
    private void recordClassData() {
        if (classData == null || !classDataUse.trains()) {
            return;
        }
        try {
            if (!classData.recordIfWritten(classDataUse)) {
                log.warn("Kafka broker wrote no class-data archive when it stopped; the next start trains again");
            }
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "cannot record the Kafka broker's class-data archive ({}); the next start trains again",
                    e.toString());
        }
        classDataUse = BrokerClassData.Use.NONE;
    }

    private Path writeConfig(String adminPassword) throws IOException {
        String controllerPassword = newPassword();
        String properties = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=CLIENT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENT",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                // Clients (and the node to itself) with SCRAM; KRaft cannot use SCRAM on the controller listener (its
                // credentials live in the metadata the controller serves), so the node talks to its controller with
                // PLAIN and a password of this start only.
                "listener.name.client.sasl.enabled.mechanisms=" + KafkaCredentials.MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + KafkaCredentials.MECHANISM,
                "listener.name.client.scram-sha-512.sasl.jaas.config="
                        + new KafkaCredentials(SUPER_USER, adminPassword).jaasConfig(),
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config="
                        + "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + CONTROLLER_USER + "\" password=\"" + controllerPassword + "\" user_" + CONTROLLER_USER
                        + "=\"" + controllerPassword + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:" + SUPER_USER + ";User:" + CONTROLLER_USER,
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
        ownerOnly(config); // it holds the super user's password
        return config;
    }

    private void format(Path config, String adminPassword) throws IOException {
        Path clusterIdFile = dataDir.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(clusterIdFile).trim();
        // Never with the class-data archive: the format run loads other classes, and writing at its exit would replace
        // the broker's.
        Process format = launch(
                "kafka.tools.StorageTool",
                List.of(),
                List.of(
                        "format",
                        "-t",
                        clusterId,
                        "-c",
                        config.toString(),
                        "--ignore-formatted",
                        // The super user exists from the first metadata record on, before any ACL.
                        "--add-scram",
                        KafkaCredentials.MECHANISM + "=[name=" + SUPER_USER + ",password=" + adminPassword + "]"),
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

    private Process launch(String mainClass, List<String> classDataOptions, List<String> args, Path logFile)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(JvmClasspath.javaExecutable()));
        command.addAll(jvmOptions());
        command.addAll(classDataOptions);
        command.addAll(List.of(
                "-cp",
                brokerClassPath(),
                ParentWatchdog.class.getName(),
                Long.toString(ProcessHandle.current().pid()),
                mainClass));
        command.addAll(args);
        this.command = List.copyOf(command);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC"));
        if (fastStart) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        options.addAll(List.of(
                // The training start would log every class it cannot archive; real trouble is an error.
                "-Xlog:cds=error", "-Djava.awt.headless=true", "-Dlog4j2.level=WARN"));
        return options;
    }

    /**
     * This JVM's class path; with an archive, what the broker needs of it and an archive can hold ({@link
     * BrokerClassData#archivable}), or all of it if that cannot be told.
     */
    private String brokerClassPath() {
        if (classData == null) {
            return JvmClasspath.current();
        }
        try {
            return BrokerClassData.archivable(JvmClasspath.current(), ParentWatchdog.location());
        } catch (RuntimeException e) {
            return JvmClasspath.current();
        }
    }

    private void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = new HashMap<>(superUserProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        // While the broker is not listening yet every connection is refused, and the client's back-off between
        // attempts grows to a second by default: the start would be noticed up to a second late.
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 20);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 100);
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

    /**
     * Creates the topics of {@link #access} (three partitions, as the broker's default), upserts its users' SCRAM
     * credentials and creates its ACLs, then waits until the broker authorizes with them. Idempotent: a restart applies
     * the same again.
     */
    private void applyAccess() {
        try (Admin admin = Admin.create(superUserProperties())) {
            List<NewTopic> topics = access.topics().stream()
                    .map(topic -> new NewTopic(topic, 3, (short) 1))
                    .toList();
            admin.createTopics(topics).values().values().forEach(KafkaBroker::awaitUnlessExists);
            List<UserScramCredentialAlteration> credentials = access.users().stream()
                    .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(
                            user.name(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                            user.localPassword()))
                    .toList();
            admin.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(access.aclBindings()).all().get(30, TimeUnit.SECONDS);
            Instant deadline = Instant.now().plusSeconds(30);
            while (admin.describeAcls(AclBindingFilter.ANY)
                                    .values()
                                    .get(10, TimeUnit.SECONDS)
                                    .size()
                            < access.aclBindings().size()
                    || admin.describeUserScramCredentials()
                                    .all()
                                    .get(10, TimeUnit.SECONDS)
                                    .size()
                            < access.users().size() + 1) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the broker did not apply its users and ACLs within 30 s");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the broker's topics, users and ACLs", e);
        }
    }

    private static void awaitUnlessExists(KafkaFuture<Void> creation) {
        try {
            creation.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create a topic", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating a topic took over 30 s", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
