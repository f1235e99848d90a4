package vn.egov.testsupport;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.egov.embedded.FreePorts;

/**
 * The real partner sandbox (module {@code partner-sandbox}) in a JVM of its own, on a free loopback port, for tests
 * that talk to partners as production does: over HTTP, in the partners' protocols. It is the jar the reactor built
 * ({@code partner-sandbox/target/partner-sandbox.jar}), started through {@link ParentWatchdog}, so it ends with the
 * test JVM however that ends; {@link #close()} ends it sooner.
 */
public final class PartnerSandbox implements AutoCloseable {

    private final ModuleJvm jvm;

    private PartnerSandbox(ModuleJvm jvm) {
        this.jvm = jvm;
    }

    /**
     * Starts the sandbox and waits until it answers.
     *
     * @param arguments Spring Boot arguments for it, e.g. {@code --sandbox.vietinbank.notify-url=...}
     */
    public static PartnerSandbox start(String... arguments) {
        return new PartnerSandbox(
                ModuleJvm.start("partner-sandbox", "/actuator/health", Duration.ofSeconds(90), port -> {
                    List<String> sandbox = new ArrayList<>();
                    sandbox.add("--sandbox.smtp.port=" + FreePorts.next());
                    sandbox.addAll(List.of(arguments));
                    return sandbox;
                }));
    }

    /** Where the sandbox answers, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return jvm.baseUrl();
    }

    public int port() {
        return jvm.port();
    }

    @Override
    public void close() {
        jvm.close();
    }
}
