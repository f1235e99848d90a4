package vn.egov.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.egov.embedded.JvmClasspath;
import vn.egov.embedded.ParentWatchdog;

/**
 * One service running in its own JVM, as in production, started through {@link ParentWatchdog} so that it ends
 * when the devstack's JVM ends, however that ends.
 */
final class ServiceProcess {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final PlatformService service;
    private final int instance;
    private final int managementPort;
    private final Path log;
    private final Process process;
    private final Instant started;

    private ServiceProcess(PlatformService service, int instance, int managementPort, Path log, Process process) {
        this.service = service;
        this.instance = instance;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
        this.started = Instant.now();
    }

    /**
     * Starts the service's JVM ({@link #command}) in {@code workingDir}, everything it prints going to {@code log}: a
     * new log, or after what the log holds when {@code appendLog} (a restart, whose predecessor's log says why it died).
     */
    static ServiceProcess launch(
            PlatformService service,
            int instance,
            ClassDataSharing.Launch launch,
            int managementPort,
            List<String> jvmOptions,
            Map<String, String> environment,
            Path workingDir,
            Path log,
            boolean appendLog) {
        List<String> command =
                command(jvmOptions, launch, ProcessHandle.current().pid());
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(workingDir);
            String header = (appendLog
                            ? System.lineSeparator() + "--- restarted at " + Instant.now() + System.lineSeparator()
                            : "")
                    + String.join(" ", command)
                    + System.lineSeparator();
            if (appendLog) {
                Files.writeString(
                        log, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(log, header, StandardCharsets.UTF_8);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new ServiceProcess(service, instance, managementPort, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    /**
     * {@code java <options> <class-data sharing options> -cp <jar>:<embedded-infrastructure> ParentWatchdog <parent pid>
     * <main class>}. For the jar as built, the main class is Spring Boot's {@code JarLauncher}: the service jar comes
     * first on the class path, so {@code JarLauncher} is loaded from it and finds the application (its {@code
     * Start-Class} and {@code BOOT-INF/lib}) from its own code source, exactly as with {@code java -jar}. For an
     * extracted jar it is the application's own main class, the libraries coming from the jar's {@code Class-Path}.
     */
    static List<String> command(List<String> jvmOptions, ClassDataSharing.Launch launch, long parentPid) {
        List<String> command = new ArrayList<>();
        command.add(JvmClasspath.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(launch.jvmOptions());
        command.add("-cp");
        command.add(launch.jar().toAbsolutePath() + java.io.File.pathSeparator + watchdogLocation());
        command.add(ParentWatchdog.class.getName());
        command.add(Long.toString(parentPid));
        command.add(launch.mainClass());
        return command;
    }

    PlatformService service() {
        return service;
    }

    /** Which instance of the service, 1 for the first. */
    int instance() {
        return instance;
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until the service reports ready on its management port: {@code /actuator/health/readiness}, or
     * {@code /actuator/health} for a
     * service without probes. An answer of 401/403 also counts: the application is up and serving, only its health
     * endpoint is protected.
     *
     * @return how long the service took from launch
     * @throws ServiceFailed when the JVM exits or does not become ready in time
     */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        String name = Platform.name(service, instance);
        URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health");
        AtomicReference<URI> probe = new AtomicReference<>(readiness);
        Duration left = Duration.between(Instant.now(), started.plus(timeout));
        try {
            Awaitility.await(name + " ready")
                    .atMost(left.compareTo(POLL) > 0 ? left : POLL)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new ServiceFailed(
                                    name,
                                    name + " exited with code " + process.exitValue() + " while starting",
                                    tail());
                        }
                        int status = status(probe.get());
                        if (status == 404 && probe.get() == readiness) {
                            probe.set(health);
                        }
                        return status == 200 || status == 401 || status == 403;
                    });
        } catch (ConditionTimeoutException e) {
            throw new ServiceFailed(name, name + " was not ready after " + timeout.toSeconds() + " s", tail());
        }
        return Duration.between(started, Instant.now());
    }

    /** Asks the JVM to stop (SIGTERM, so Spring shuts down gracefully) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the JVM to end, killing it if it does not stop in time. */
    void awaitStopped(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines the service wrote, to show why it failed. */
    String tail() {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static int status(URI uri) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(2))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (ConnectException notListening) {
            return -1;
        } catch (IOException notAnswering) {
            return -1;
        }
    }

    /** Where {@link ParentWatchdog} was loaded from: a jar in {@code lib/}, in ~/.m2, or a classes directory. */
    static String watchdogLocation() {
        return ParentWatchdog.location();
    }
}
