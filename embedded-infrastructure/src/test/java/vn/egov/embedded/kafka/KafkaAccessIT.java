package vn.egov.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.contracts.Topics;
import vn.egov.embedded.KafkaBroker;

/**
 * The broker authenticates every client and authorizes it by the platform's ACLs: a ministry reads the dossier events
 * with its own credentials and group, and nothing else; a service writes its own topic only.
 */
class KafkaAccessIT {

    private static final String DOSSIER_CODE = "000.00.15.H17-261207-0001";
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker =
                KafkaBroker.create(Files.createTempDirectory("kafka-access"), 0).start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Nested
    class AMinistry {

        @Test
        void readsTheDossierEventsADossierServicePublishedWithItsCloudEventsHeaders() throws Exception {
            String id = UUID.randomUUID().toString();
            publishDossierSubmitted("dossier-service", id, true);

            try (KafkaConsumer<String, String> ministry =
                    consumer(broker.clientProperties("ministry-justice"), "ministry.justice.archive")) {
                ministry.subscribe(List.of(Topics.DOSSIER_EVENTS));
                ConsumerRecord<String, String> event = awaitRecord(ministry, id);

                assertThat(event.key()).isEqualTo(DOSSIER_CODE);
                assertThat(header(event, "ce_type")).isEqualTo("vn.egov.dossier.submitted");
                assertThat(header(event, "ce_subject")).isEqualTo(DOSSIER_CODE);
                assertThat(event.value()).contains("\"dossierCode\":\"" + DOSSIER_CODE + "\"");
            }
        }

        @Test
        void cannotWriteTheDossierTopic() {
            assertThatThrownBy(() -> publishDossierSubmitted(
                            "ministry-justice", UUID.randomUUID().toString(), false))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
            // A default (idempotent) producer is refused earlier: it may write nowhere, so it gets no producer id.
            assertThatThrownBy(() -> publishDossierSubmitted(
                            "ministry-justice", UUID.randomUUID().toString(), true))
                    .hasRootCauseInstanceOf(ClusterAuthorizationException.class);
        }

        @Test
        void cannotReadTheInternalPaymentTopic() {
            try (KafkaConsumer<String, String> ministry =
                    consumer(broker.clientProperties("ministry-justice"), "ministry.justice.payments")) {
                ministry.subscribe(List.of(Topics.PAYMENT_EVENTS));

                assertThatThrownBy(() -> pollFor(ministry, Duration.ofSeconds(20)))
                        .isInstanceOf(TopicAuthorizationException.class)
                        .hasMessageContaining(Topics.PAYMENT_EVENTS);
            }
        }

        @Test
        void cannotUseAGroupOutsideItsPrefix() {
            for (String group : List.of("dossier-service", "ministry.health.statistics", "justice")) {
                try (KafkaConsumer<String, String> ministry =
                        consumer(broker.clientProperties("ministry-justice"), group)) {
                    ministry.subscribe(List.of(Topics.DOSSIER_EVENTS));

                    assertThatThrownBy(() -> pollFor(ministry, Duration.ofSeconds(20)))
                            .as(group)
                            .isInstanceOf(GroupAuthorizationException.class);
                }
            }
        }

        @Test
        void withAWrongPasswordIsNotLetIn() {
            Map<String, Object> wrong = new KafkaCredentials("ministry-justice", "not-its-password")
                    .clientProperties(broker.bootstrapServers());
            try (KafkaConsumer<String, String> stranger = consumer(wrong, "ministry.justice.archive")) {
                stranger.subscribe(List.of(Topics.DOSSIER_EVENTS));

                assertThatThrownBy(() -> pollFor(stranger, Duration.ofSeconds(20)))
                        .isInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    @Nested
    class AService {

        @Test
        void cannotWriteAnotherServicesTopic() {
            Map<String, Object> config = producerConfig(broker.clientProperties("dossier-service"), true);
            try (KafkaProducer<String, String> dossierService = new KafkaProducer<>(config)) {
                assertThatThrownBy(() -> dossierService
                                .send(new ProducerRecord<>(Topics.PAYMENT_EVENTS, DOSSIER_CODE, "{}"))
                                .get())
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    private static void publishDossierSubmitted(String user, String id, boolean idempotent) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(
                Topics.DOSSIER_EVENTS,
                DOSSIER_CODE,
                "{\"dossierCode\":\"" + DOSSIER_CODE + "\",\"aggregateVersion\":1}");
        // The headers of the outbox relay (CloudEvents Kafka binary mode).
        Map<String, String> headers = Map.of(
                "ce_specversion", "1.0",
                "ce_id", id,
                "ce_source", "/egov/dossier-service",
                "ce_type", "vn.egov.dossier.submitted",
                "ce_subject", DOSSIER_CODE,
                "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(producerConfig(broker.clientProperties(user), idempotent))) {
            producer.send(record).get();
        }
    }

    private static Map<String, Object> producerConfig(Map<String, Object> connection, boolean idempotent) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotent);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return config;
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> connection, String group) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    private static ConsumerRecord<String, String> awaitRecord(KafkaConsumer<String, String> consumer, String id) {
        Instant deadline = Instant.now().plusSeconds(60);
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            for (ConsumerRecord<String, String> record : seen) {
                if (id.equals(header(record, "ce_id"))) {
                    return record;
                }
            }
        }
        throw new AssertionError("the event " + id + " never arrived; saw " + seen.size() + " records");
    }

    /** Polls for {@code window}: a refusal surfaces as the exception of a poll. */
    private static void pollFor(KafkaConsumer<String, String> consumer, Duration window) {
        Instant end = Instant.now().plus(window);
        while (Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(500));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
