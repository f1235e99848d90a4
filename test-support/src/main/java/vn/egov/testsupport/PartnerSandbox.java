package vn.egov.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import vn.egov.embedded.FreePorts;
import vn.egov.embedded.JvmClasspath;
import vn.egov.embedded.ParentWatchdog;

/**
 * The real partner sandbox (module {@code partner-sandbox}) in a JVM of its own, on a free loopback port, for tests
 * that talk to partners as production does: over HTTP, in the partners' protocols. It is the jar the reactor built
 * ({@code partner-sandbox/target/partner-sandbox.jar}), started through {@link ParentWatchdog}, so it ends with the
 * test JVM however that ends; {@link #close()} ends it sooner.
 */
public final class PartnerSandbox implements AutoCloseable {

    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private PartnerSandbox(int port, int managementPort, Process process, Path log) {
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the sandbox and waits until it answers.
     *
     * @param arguments Spring Boot arguments for it, e.g. {@code --sandbox.vietinbank.notify-url=...}
     */
    public static PartnerSandbox start(String... arguments) {
        Path jar = jar();
        int port = FreePorts.next();
        int managementPort = FreePorts.next();
        List<String> command = new ArrayList<>();
        command.add(JvmClasspath.javaExecutable());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xss512k");
        command.add("-cp");
        command.add(jar + java.io.File.pathSeparator + location(ParentWatchdog.class));
        command.add(ParentWatchdog.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add("org.springframework.boot.loader.launch.JarLauncher");
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--management.server.port=" + managementPort);
        command.add("--management.server.address=127.0.0.1");
        command.add("--sandbox.smtp.port=" + FreePorts.next());
        command.add("--spring.main.banner-mode=off");
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createTempFile("partner-sandbox-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            PartnerSandbox sandbox = new PartnerSandbox(port, managementPort, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
            sandbox.awaitReady();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the partner sandbox", e);
        }
    }

    /** Where the sandbox answers, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        Awaitility.await("partner sandbox ready (log: " + log + ")")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .failFast("partner sandbox exited (log: " + log + ")", () -> !process.isAlive())
                .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    /** The sandbox jar of this checkout: found from the working directory upwards (a module or the root). */
    private static Path jar() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path jar = dir.resolve("partner-sandbox").resolve("target").resolve("partner-sandbox.jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("partner-sandbox/target/partner-sandbox.jar not found above "
                + Path.of("").toAbsolutePath() + ": package the partner-sandbox module first");
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }
}
