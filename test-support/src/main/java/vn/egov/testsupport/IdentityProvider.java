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
import org.awaitility.Awaitility;
import vn.egov.embedded.FreePorts;
import vn.egov.embedded.JvmClasspath;
import vn.egov.embedded.ParentWatchdog;
import vn.egov.embedded.oidc.OidcLogin;

/**
 * The real identity provider (module {@code identity-service}) in a JVM of its own, on a free loopback port, with its
 * accounts in a database of the JVM's shared PostgreSQL ({@link TestInfrastructure}), for tests that need real
 * accounts: people sign in through its form ({@link #login()}), administrators open accounts through its API. It is
 * the jar the reactor built ({@code identity-service/target/identity-service.jar}), started through
 * {@link ParentWatchdog}, so it ends with the test JVM however that ends; {@link #close()} ends it sooner.
 *
 * <p>{@link TestIdentity} stays the issuer of most service tests: it signs any token a test asks for without a
 * sign-in. This one is for the tests where who may sign in, and with which agency, is the point.
 */
public final class IdentityProvider implements AutoCloseable {

    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private IdentityProvider(int port, int managementPort, Process process, Path log) {
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the provider with the demo accounts on a fresh or reused database and waits until it answers.
     *
     * @param database the database for its accounts, created on first use
     * @param arguments more Spring Boot arguments, e.g. {@code --egov.identity.lockout.max-attempts=3}
     */
    public static IdentityProvider start(String database, String... arguments) {
        Path jar = jar();
        int port = FreePorts.next();
        int managementPort = FreePorts.next();
        TestInfrastructure infrastructure = TestInfrastructure.shared();
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
        command.add("--egov.identity.issuer=http://127.0.0.1:" + port);
        command.add("--spring.datasource.url=" + infrastructure.jdbcUrl(database));
        command.add("--spring.datasource.username=" + infrastructure.username());
        command.add("--spring.datasource.password=" + infrastructure.password());
        // Tests sign in many times: a cheaper Argon2 than production's (never lower it there).
        command.add("--egov.identity.passwords.memory-kib=1024");
        command.add("--egov.identity.passwords.iterations=1");
        // Every test signs in from 127.0.0.1: the per-address limit on sign-in attempts (20 in 10 minutes) would be
        // all of theirs together.
        command.add("--egov.identity.login-limit.attempts=1000");
        command.add("--spring.main.banner-mode=off");
        try {
            Path keys = Files.createTempDirectory("identity-keys-");
            command.add("--egov.identity.key-store-dir=" + keys);
            command.addAll(List.of(arguments));
            Path log = Files.createTempFile("identity-service-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            IdentityProvider provider = new IdentityProvider(port, managementPort, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
            provider.awaitReady();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the identity provider", e);
        }
    }

    /** The issuer, which is also where the provider answers, e.g. {@code http://127.0.0.1:41234}. */
    public URI issuer() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Signs people in through the provider's form, as a browser would. */
    public OidcLogin login() {
        return OidcLogin.forIssuer(issuer());
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

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        Awaitility.await("identity provider ready (log: " + log + ")")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .failFast("identity provider exited (log: " + log + ")", () -> !process.isAlive())
                .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    /** The provider's jar of this checkout: found from the working directory upwards (a module or the root). */
    private static Path jar() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path jar = dir.resolve("identity-service").resolve("target").resolve("identity-service.jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("identity-service/target/identity-service.jar not found above "
                + Path.of("").toAbsolutePath() + ": package the identity-service module first");
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
