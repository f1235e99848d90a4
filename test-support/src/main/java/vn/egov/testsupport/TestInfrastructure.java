package vn.egov.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import vn.egov.embedded.KafkaBroker;
import vn.egov.embedded.PostgresServer;
import vn.egov.embedded.kafka.KafkaCredentials;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, started on first use and stopped when the JVM exits.
 * PostgreSQL from Testcontainers when a Docker engine answers, otherwise the embedded binaries ({@code
 * -Degov.test.infrastructure=embedded|containers} forces one). Kafka is always the KRaft broker in a child JVM
 * ({@link KafkaBroker}): it requires SASL/SCRAM and applies the platform's users and ACLs, as production does, which a
 * stock broker container would not.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure shared;

    private final Database database;
    private final KafkaBroker kafka;

    private TestInfrastructure(Database database, KafkaBroker kafka) {
        this.database = database;
        this.kafka = kafka;
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
        return kafka.bootstrapServers();
    }

    /**
     * Client properties (bootstrap servers and SASL) of the broker's super user, for what a test does to Kafka beside
     * the service under test: reading what it published, publishing what another service would, reading offsets.
     */
    public Map<String, Object> kafkaSuperUserProperties() {
        return kafka.superUserProperties();
    }

    /**
     * A producer of text keys and byte values as the super user: publishes what another service would. Close it.
     */
    public KafkaProducer<String, byte[]> kafkaProducer() {
        return new KafkaProducer<>(kafkaSuperUserProperties(), new StringSerializer(), new ByteArraySerializer());
    }

    /** The credentials of the super user, for a test service that is none of the platform's Kafka users. */
    public KafkaCredentials kafkaSuperUser() {
        return kafka.superUser();
    }

    /** The local credentials of platform Kafka user {@code name} (a service or a ministry), if there is one. */
    public Optional<KafkaCredentials> kafkaCredentials(String name) {
        return kafka.access().user(name).map(KafkaCredentials::localOf);
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
        log.info("Docker answers: PostgreSQL from Testcontainers, a secured KRaft broker in a child JVM");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
        postgres.start();
        KafkaBroker kafka = startKafka();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
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
        return new TestInfrastructure(database, kafka);
    }

    private static TestInfrastructure startEmbedded() {
        log.info("No Docker engine: embedded PostgreSQL binaries and a KRaft broker in a child JVM");
        PostgresServer postgres = PostgresServer.start(null, 0, true);
        KafkaBroker kafka = startKafka();
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
        return new TestInfrastructure(database, kafka);
    }

    private static KafkaBroker startKafka() {
        try {
            return KafkaBroker.create(Files.createTempDirectory("egov-test-kafka"), 0)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Database {
        String jdbcUrl(String name);

        String username();

        String password();
    }
}
