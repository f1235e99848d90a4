package vn.egov.devstack;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import vn.egov.embedded.kafka.KafkaAccess;
import vn.egov.embedded.kafka.KafkaUser;

/**
 * The local stack's entry point: {@code java -jar devstack/target/devstack.jar [--reset] [--fail-fast] [--only a,b]
 * [--instances s=N,...] [--data-dir d] [--<service>-port n]}. Starts PostgreSQL, Kafka and every service, prints where to find them, and stops everything
 * on Ctrl-C or SIGTERM. Tests use {@link #start(DevstackOptions, Consumer)} and close the returned platform.
 */
public final class Devstack {

    private Devstack() {}

    /**
     * Starts the platform and returns once every service is ready.
     *
     * @param progress receives one line per component that became ready
     * @throws ServiceFailed when a component exits or is not ready in time (everything started is stopped again)
     * @throws IllegalStateException when a service's jar has not been built
     */
    public static Platform start(DevstackOptions options, Consumer<String> progress) {
        Platform platform = new Platform(options, progress);
        try {
            platform.start();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public static void main(String[] args) {
        // Logging initialises here, on one thread, before the start threads log concurrently.
        org.slf4j.LoggerFactory.getLogger(Devstack.class);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (java.util.Arrays.asList(args).contains("--help")) {
            out.println(usage());
            return;
        }
        // --fail-fast: a service that dies stops everything (CI); without it, the devstack restarts the service.
        boolean failFast = java.util.Arrays.asList(args).contains("--fail-fast")
                || "true".equalsIgnoreCase(System.getenv("EGOV_DEVSTACK_FAIL_FAST"));
        // Class-data sharing is on for the command line and off for tests and benchmarks (DevstackOptions.defaults()),
        // whose fresh data directories would train every service on every run.
        boolean classDataSharing = !java.util.Arrays.asList(args).contains("--no-cds")
                && !"false".equalsIgnoreCase(System.getenv("EGOV_DEVSTACK_CDS"));
        String[] rest = java.util.Arrays.stream(args)
                .filter(arg -> !arg.equals("--fail-fast") && !arg.equals("--no-cds"))
                .toArray(String[]::new);
        DevstackOptions options;
        try {
            options = DevstackOptions.parse(rest, System.getenv()).withClassDataSharing(classDataSharing);
        } catch (IllegalArgumentException e) {
            out.println("devstack: " + e.getMessage());
            out.println(usage());
            System.exit(2);
            return;
        }
        Platform platform = new Platform(options, out::println, failFast);
        // Registered before anything starts, so that Ctrl-C during the start also stops what is already running.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            out.println("Stopping the platform...");
                            platform.close();
                            out.println("Stopped.");
                        },
                        "devstack-stop"));
        out.printf(
                Locale.ROOT,
                "Starting the e-government platform (data in %s%s)...%n",
                options.dataDir().toAbsolutePath().normalize(),
                options.reset() ? ", reset" : "");
        try {
            platform.start();
        } catch (ServiceFailed e) {
            out.println();
            out.println("FAILED: " + e.getMessage());
            if (!e.logTail().isBlank()) {
                out.println("---- last lines of its log ----");
                out.println(e.logTail());
                out.println("-------------------------------");
            }
            if (e.getCause() != null) {
                e.getCause().printStackTrace(out);
            }
            System.exit(1);
            return;
        } catch (IllegalStateException e) {
            out.println("devstack: " + e.getMessage());
            System.exit(1);
            return;
        }
        out.println(banner(platform));
        ServiceFailed died = platform.failure().join();
        out.println();
        out.println("FAILED: " + died.getMessage() + "; stopping everything.");
        out.println("---- last lines of its log ----");
        out.println(died.logTail());
        out.println("-------------------------------");
        System.exit(1);
    }

    static String banner(Platform platform) {
        DevstackOptions options = platform.options();
        StringBuilder text = new StringBuilder();
        text.append(System.lineSeparator());
        text.append(String.format(
                Locale.ROOT,
                "The platform is ready in %.1f s.%n%n",
                platform.startTime().toMillis() / 1000.0));
        if (options.services().contains(PlatformService.WEB)
                && options.services().contains(PlatformService.GATEWAY)) {
            text.append(String.format(
                    Locale.ROOT,
                    "  %-36s http://localhost:%d/%n",
                    "Web portal (citizens and officers)",
                    options.port(PlatformService.GATEWAY)));
        }
        line(text, options, PlatformService.GATEWAY, "Gateway (public API)", "");
        line(text, options, PlatformService.IDENTITY, "Identity (OpenID Connect issuer)", "");
        line(text, options, PlatformService.SANDBOX, "Partner sandbox, received messages", "/sandbox/messages");
        for (PlatformService service : new PlatformService[] {
            PlatformService.CATALOGUE,
            PlatformService.DOSSIER,
            PlatformService.PAYMENT,
            PlatformService.NOTIFICATION,
            PlatformService.WEB
        }) {
            line(text, options, service, service.module(), "");
        }
        if (options.needsPostgres()) {
            text.append(String.format(
                    Locale.ROOT,
                    "  %-36s jdbc:postgresql://127.0.0.1:%d/<database> (postgres/postgres)%n",
                    "PostgreSQL",
                    options.postgresPort()));
        }
        if (options.needsKafka()) {
            KafkaUser ministry = KafkaAccess.platform().user("ministry-justice").orElseThrow();
            text.append(String.format(
                    Locale.ROOT,
                    "  %-36s 127.0.0.1:%d (SASL/SCRAM-SHA-512; a ministry: %s / %s, groups %s*;"
                            + " docs/integrators.md)%n",
                    "Kafka",
                    options.kafkaPort(),
                    ministry.name(),
                    ministry.localPassword(),
                    KafkaUser.ministryGroupPrefix("justice")));
        }
        text.append(String.format(
                Locale.ROOT,
                "  %-36s %s%n%n",
                "Logs",
                options.logs().toAbsolutePath().normalize()));
        text.append("Demo accounts (password = user name):").append(System.lineSeparator());
        text.append("  citizen / citizen   CITIZEN, Nguyễn Văn An").append(System.lineSeparator());
        text.append("  officer / officer   OFFICER at Sở Tư pháp thành phố Đà Nẵng (000.00.15.H17)")
                .append(System.lineSeparator());
        text.append("  admin   / admin     ADMIN").append(System.lineSeparator());
        text.append(System.lineSeparator());
        text.append("A token:  TOKEN=$(scripts/token.sh citizen)").append(System.lineSeparator());
        text.append(String.format(
                Locale.ROOT,
                "Try:      curl -H \"Authorization: Bearer $TOKEN\" %s/api/dossiers%n",
                "http://localhost:" + options.port(PlatformService.GATEWAY)));
        text.append(System.lineSeparator()).append("Press Ctrl-C to stop everything.");
        return text.toString();
    }

    /** One line per instance: the first under {@code label}, the others as {@code label #n}. */
    private static void line(
            StringBuilder text, DevstackOptions options, PlatformService service, String label, String path) {
        if (!options.services().contains(service)) {
            return;
        }
        for (int instance = 1; instance <= options.instances(service); instance++) {
            text.append(String.format(
                    Locale.ROOT,
                    "  %-36s http://localhost:%d%s%n",
                    instance == 1 ? label : label + " #" + instance,
                    options.port(service, instance),
                    path));
        }
    }

    static String usage() {
        return """
                usage: java -jar devstack/target/devstack.jar [options]   (or ./devstack.sh [--no-build] [options])
                  --fail-fast             stop everything when a service dies (EGOV_DEVSTACK_FAIL_FAST=true); by
                                          default the devstack restarts it with back-off and says so
                  --no-cds                start the services from their jars, without class-data archives
                                          (EGOV_DEVSTACK_CDS=false); by default the first start after a build
                                          trains an archive per service (data/cds/) and later starts use it
                  --reset                 wipe the data directory (database, Kafka log, signing key, logs) first
                  --data-dir DIR          where the data lives (default ./data; EGOV_DEVSTACK_DATA_DIR)
                  --only a,b              start only these services (e.g. identity,sandbox,catalogue)
                  --instances s=N,...     run N instances of a service (EGOV_DEVSTACK_INSTANCES), e.g.
                                          dossier=2,gateway=2; instance n on the service's port + 100 x (n - 1);
                                          catalogue, dossier, payment, notification and gateway only
                  --<service>-port N      gateway, identity, sandbox, catalogue, dossier, payment, notification, web
                                          (EGOV_<SERVICE>_PORT)
                  --postgres-port N       EGOV_POSTGRES_PORT, default 5433
                  --kafka-port N          EGOV_KAFKA_PORT, default 9092
                  --smtp-port N           the sandbox's SMTP port, EGOV_SANDBOX_SMTP_PORT, default 3025
                  --parallel N            service JVMs starting at the same time (EGOV_DEVSTACK_PARALLEL, default 4)
                  --jvm-options "..."     extra options for every service JVM (EGOV_DEVSTACK_JVM_OPTIONS)
                  --root DIR              the repository root holding <module>/target/<module>.jar""";
    }
}
