package vn.egov.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One platform per test JVM, as the devstack runs it (every service in its own JVM, on free ports, in a fresh data
 * directory under {@code target/}), shared by the integration tests that need the whole stack: starting it takes a
 * minute or two on the build machine, so it is started once. It stops when the JVM's tests are done.
 *
 * <pre>{@code
 * @ExtendWith(SharedPlatform.class)
 * class SomeIT { ... SharedPlatform.platform().url(PlatformService.GATEWAY) ... }
 * }</pre>
 */
final class SharedPlatform implements BeforeAllCallback {

    private static volatile ExtensionContext.Store store;

    /** Stops the platform when JUnit closes its root store, after the last test class of the run. */
    private record Running(Platform platform) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
    }

    /** The running platform, started by the first test that asks, in a test class extended with this. */
    static synchronized Platform platform() {
        ExtensionContext.Store root = store;
        if (root == null) {
            throw new IllegalStateException("extend the test class with SharedPlatform");
        }
        return root.computeIfAbsent(SharedPlatform.class, key -> new Running(start()), Running.class)
                .platform();
    }

    private static Platform start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DevstackOptions options =
                DevstackOptions.defaults().withDataDir(dataDir, true).withFreePorts();
        return Devstack.start(options, line -> System.out.println("devstack " + line));
    }
}
