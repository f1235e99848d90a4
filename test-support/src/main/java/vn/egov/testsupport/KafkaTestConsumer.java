package vn.egov.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning with a fresh consumer group and remembers every record, for assertions. */
public final class KafkaTestConsumer implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    /** Reads {@code topic} of the JVM's shared broker as its super user. */
    public KafkaTestConsumer(String topic) {
        this(TestInfrastructure.shared().kafkaSuperUserProperties(), topic);
    }

    /**
     * Reads {@code topic} with {@code connection}: bootstrap servers and credentials, such as a private broker's
     * {@code KafkaBroker.superUserProperties()}.
     */
    public KafkaTestConsumer(Map<String, Object> connection, String topic) {
        Map<String, Object> config = new HashMap<>(connection);
        config.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until a record matches, or fails after {@code timeout}. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (match.test(record)) {
                    return record;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no matching record within " + timeout + "; saw " + seen.size());
            }
            consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
        }
    }

    /** Every record seen so far that matches, after polling for {@code window} more. */
    public List<ConsumerRecord<String, byte[]>> all(Predicate<ConsumerRecord<String, byte[]>> match, Duration window) {
        Instant end = Instant.now().plus(window);
        while (Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
        }
        return seen.stream().filter(match).toList();
    }

    /** The value of a header as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Matches records whose CloudEvents subject is {@code subject}. */
    public static Predicate<ConsumerRecord<String, byte[]>> subject(String subject) {
        return record -> subject.equals(header(record, "ce_subject"));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
