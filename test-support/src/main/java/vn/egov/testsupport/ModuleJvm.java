package vn.egov.testsupport;

import java.io.File;
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
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import vn.egov.embedded.FreePorts;
import vn.egov.embedded.JvmClasspath;
import vn.egov.embedded.ParentWatchdog;

/**
 * A module's Spring Boot jar of this checkout ({@code <module>/target/<module>.jar}, found from the working directory
 * upwards) in a JVM of its own, on free loopback ports, started through {@link ParentWatchdog} so that it ends with the
 * test JVM however that ends; {@link #close()} ends it sooner. What {@link PartnerSandbox} and {@link IdentityProvider}
 * share.
 */
final class ModuleJvm implements AutoCloseable {

    private final String module;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private ModuleJvm(String module, int port, int managementPort, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the module and waits until its management port answers {@code readiness} with 200.
     *
     * @param arguments the module's own Spring Boot arguments, given the port it answers on
     */
    static ModuleJvm start(String module, String readiness, Duration patience, IntFunction<List<String>> arguments) {
        Path jar = jar(module);
        int port = FreePorts.next();
        int managementPort = FreePorts.next();
        List<String> command = new ArrayList<>();
        command.add(JvmClasspath.javaExecutable());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xss512k");
        command.add("-cp");
        command.add(jar + File.pathSeparator + location(ParentWatchdog.class));
        command.add(ParentWatchdog.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add("org.springframework.boot.loader.launch.JarLauncher");
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--management.server.port=" + managementPort);
        command.add("--management.server.address=127.0.0.1");
        command.add("--spring.main.banner-mode=off");
        command.addAll(arguments.apply(port));
        try {
            Path log = Files.createTempFile(module + "-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            ModuleJvm jvm = new ModuleJvm(module, port, managementPort, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(jvm::close));
            jvm.awaitReady(readiness, patience);
            return jvm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    /** Where it answers, e.g. {@code http://127.0.0.1:41234}. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private void awaitReady(String readiness, Duration patience) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + readiness))
                .timeout(Duration.ofSeconds(2))
                .build();
        Awaitility.await(module + " ready (log: " + log + ")")
                .atMost(patience)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .failFast(module + " exited (log: " + log + ")", () -> !process.isAlive())
                .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    private static Path jar(String module) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path jar = dir.resolve(module).resolve("target").resolve(module + ".jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(module + "/target/" + module + ".jar not found above "
                + Path.of("").toAbsolutePath() + ": package the " + module + " module first");
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
