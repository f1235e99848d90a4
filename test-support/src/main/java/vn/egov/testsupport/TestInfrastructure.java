package vn.egov.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import vn.egov.embedded.KafkaBroker;
import vn.egov.embedded.PostgresServer;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, started on first use and stopped when the JVM exits.
 * Testcontainers when a Docker engine answers; otherwise the embedded PostgreSQL binaries and a KRaft broker in a
 * child JVM. {@code -Degov.test.infrastructure=embedded|containers} forces one.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure shared;

    private final Database database;
    private final String kafkaBootstrapServers;

    private TestInfrastructure(Database database, String kafkaBootstrapServers) {
        this.database = database;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    /** The JVM's infrastructure, started on the first call. */
    public static TestInfrastructure shared() {
        if (shared == null) {
            synchronized (TestInfrastructure.class) {
                if (shared == null) {
                    shared = useContainers() ? startContainers() : startEmbedded();
                }
            }
        }
        return shared;
    }

    /** JDBC URL of {@code name}, created if needed (one database per service, as in production). */
    public String jdbcUrl(String name) {
        return database.jdbcUrl(name);
    }

    public String username() {
        return database.username();
    }

    public String password() {
        return database.password();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    private static boolean useContainers() {
        String forced = System.getProperty("egov.test.infrastructure", "");
        if (!forced.isEmpty()) {
            return forced.equals("containers");
        }
        boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(
                        java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!dockerConfigured) {
            return false; // asking Testcontainers would cost seconds of probing per test JVM
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startContainers() {
        log.info("Docker answers: PostgreSQL and Kafka from Testcontainers");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
        postgres.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }));
        Database database = new Database() {
            @Override
            public String jdbcUrl(String name) {
                ContainerDatabases.create(postgres, name);
                return postgres.getJdbcUrl().replace("/" + postgres.getDatabaseName(), "/" + name);
            }

            @Override
            public String username() {
                return postgres.getUsername();
            }

            @Override
            public String password() {
                return postgres.getPassword();
            }
        };
        return new TestInfrastructure(database, kafka.getBootstrapServers());
    }

    private static TestInfrastructure startEmbedded() {
        log.info("No Docker engine: embedded PostgreSQL binaries and a KRaft broker in a child JVM");
        try {
            Path root = Files.createTempDirectory("egov-test-infra");
            PostgresServer postgres = PostgresServer.start(null, 0, true);
            KafkaBroker kafka = KafkaBroker.create(root.resolve("kafka"), 0).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
            }));
            Database database = new Database() {
                @Override
                public String jdbcUrl(String name) {
                    return postgres.database(name);
                }

                @Override
                public String username() {
                    return PostgresServer.USER;
                }

                @Override
                public String password() {
                    return PostgresServer.PASSWORD;
                }
            };
            return new TestInfrastructure(database, kafka.bootstrapServers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface Database {
        String jdbcUrl(String name);

        String username();

        String password();
    }
}
