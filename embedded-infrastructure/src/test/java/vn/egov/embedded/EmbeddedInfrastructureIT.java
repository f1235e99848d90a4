package vn.egov.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureIT {

    @TempDir
    Path dir;

    @Test
    void postgresKeepsOneDatabasePerServiceAndItsDataAcrossARestart() throws Exception {
        Path data = dir.resolve("pg");
        try (PostgresServer postgres = PostgresServer.start(data, 0, true)) {
            String url = postgres.database("dossier");
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("create table t(v text)");
                s.execute("insert into t values ('giữ lại')");
            }
            assertThat(postgres.database("dossier")).isEqualTo(url);
        }
        try (PostgresServer postgres = PostgresServer.start(data, 0, false);
                Connection c = DriverManager.getConnection(
                        postgres.database("dossier"), PostgresServer.USER, PostgresServer.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select v from t")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("giữ lại");
        }
    }

    @Test
    void postgresStoppedImmediatelyRecoversCommittedRowsOnTheSamePort() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("crash"), 0, true)) {
            String url = postgres.database("payment");
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                    Statement s = c.createStatement()) {
                // zonky runs the server with synchronous_commit off: a commit is durable only once the WAL writer
                // flushed it (within 600 ms). This session waits for the flush, so that its commits must survive.
                s.execute("set synchronous_commit = on");
                s.execute("create table t(v text)");
                s.execute("insert into t values ('đã ghi')");
            }

            postgres.stopImmediately();
            assertThatThrownBy(() -> DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD))
                    .isInstanceOf(java.sql.SQLException.class);
            postgres.startAgain();

            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select v from t")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("đã ghi");
            }
        }
    }

    @Test
    void brokerDeliversMessagesWrittenBeforeItWasKilledAndRestarted() {
        try (KafkaBroker broker = KafkaBroker.create(dir.resolve("kafka"), 0).start()) {
            String topic = "t-" + UUID.randomUUID();
            Map<String, Object> producerConfig = new HashMap<>(broker.superUserProperties());
            producerConfig.putAll(Map.of(
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class));
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
                producer.send(new ProducerRecord<>(topic, "k", "before the crash"))
                        .get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            Map<String, Object> consumerConfig = new HashMap<>(broker.superUserProperties());
            consumerConfig.putAll(Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG,
                    "g",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class));
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
                consumer.subscribe(List.of(topic));
                String value = null;
                for (int i = 0; i < 30 && value == null; i++) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
                    if (!records.isEmpty()) {
                        value = records.iterator().next().value();
                    }
                }
                assertThat(value).isEqualTo("before the crash");
            }
        }
    }

    @Test
    void brokerWritesItsClassDataArchiveWhenItStopsAndStartsFromItNextTime() throws Exception {
        Path archive = dir.resolve("cds").resolve("kafka.jsa");
        KafkaBroker first = KafkaBroker.create(dir.resolve("kafka-cds"), 0).withClassDataArchive(archive);
        try (KafkaBroker broker = first.start()) {
            assertThat(broker.command()).contains("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath());
        }
        assertThat(archive)
                .as(
                        "the archive (broker log: %s)",
                        Files.readString(dir.resolve("kafka-cds").resolve("broker.log")))
                .isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);

        try (KafkaBroker broker = KafkaBroker.create(dir.resolve("kafka-cds"), 0)
                .withClassDataArchive(archive)
                .start()) {
            assertThat(broker.command())
                    .contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath())
                    .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
            try (Admin admin = Admin.create(broker.superUserProperties())) {
                assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS))
                        .hasSize(1);
            }
        }
    }
}
