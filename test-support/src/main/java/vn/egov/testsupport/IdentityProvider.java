package vn.egov.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    private final ModuleJvm jvm;

    private IdentityProvider(ModuleJvm jvm) {
        this.jvm = jvm;
    }

    /**
     * Starts the provider with the demo accounts on a fresh or reused database and waits until it answers.
     *
     * @param database the database for its accounts, created on first use
     * @param arguments more Spring Boot arguments, e.g. {@code --egov.identity.lockout.max-attempts=3}
     */
    public static IdentityProvider start(String database, String... arguments) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        return new IdentityProvider(
                ModuleJvm.start("identity-service", "/actuator/health/readiness", Duration.ofSeconds(120), port -> {
                    List<String> provider = new ArrayList<>();
                    provider.add("--egov.identity.issuer=http://127.0.0.1:" + port);
                    provider.add("--spring.datasource.url=" + infrastructure.jdbcUrl(database));
                    provider.add("--spring.datasource.username=" + infrastructure.username());
                    provider.add("--spring.datasource.password=" + infrastructure.password());
                    // Tests sign in many times: a cheaper Argon2 than production's (never lower it there).
                    provider.add("--egov.identity.passwords.memory-kib=1024");
                    provider.add("--egov.identity.passwords.iterations=1");
                    // Every test signs in from 127.0.0.1: the per-address limit on sign-in attempts (20 in 10
                    // minutes) would be all of theirs together.
                    provider.add("--egov.identity.login-limit.attempts=1000");
                    try {
                        provider.add("--egov.identity.key-store-dir=" + Files.createTempDirectory("identity-keys-"));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot create the identity provider's key directory", e);
                    }
                    provider.addAll(List.of(arguments));
                    return provider;
                }));
    }

    /** The issuer, which is also where the provider answers, e.g. {@code http://127.0.0.1:41234}. */
    public URI issuer() {
        return jvm.baseUrl();
    }

    /** Signs people in through the provider's form, as a browser would. */
    public OidcLogin login() {
        return OidcLogin.forIssuer(issuer());
    }

    @Override
    public void close() {
        jvm.close();
    }
}
