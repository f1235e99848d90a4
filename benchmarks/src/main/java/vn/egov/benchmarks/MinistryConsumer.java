package vn.egov.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.egov.embedded.kafka.KafkaAccess;
import vn.egov.embedded.kafka.KafkaCredentials;
import vn.egov.embedded.kafka.KafkaUser;

/**
 * A ministry reading the dossier events as a ministry would: its own Kafka user ({@code ministry-<id>}, which the
 * broker's ACLs allow to read {@code egov.dossier.events} in groups {@code ministry.<id>.*} and nothing else), a
 * fresh group starting at the end of the topic, the client's default fetch settings, and a poll loop on its own
 * thread that notes the wall-clock time each record of one event type was handed to it, by record key (the dossier
 * code).
 */
final class MinistryConsumer implements AutoCloseable {

    /** How long one poll may wait for records; short, so that the poll time is the arrival time. */
    static final Duration POLL = Duration.ofMillis(50);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String type;
    private final Map<String, Instant> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread poller;
    private volatile boolean running = true;

    /**
     * @param ministry the ministry's id, e.g. {@code justice}
     * @param bootstrapServers the platform's broker
     * @param type the CloudEvents type to note, e.g. {@code vn.egov.dossier.submitted}
     */
    MinistryConsumer(String ministry, String bootstrapServers, String topic, String type) {
        KafkaUser user = KafkaAccess.platform()
                .user("ministry-" + ministry)
                .orElseThrow(() -> new IllegalArgumentException("no ministry " + ministry));
        Map<String, Object> config =
                new HashMap<>(KafkaCredentials.localOf(user).clientProperties(bootstrapServers));
        config.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                KafkaUser.ministryGroupPrefix(ministry) + "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        this.consumer = new KafkaConsumer<>(config);
        this.type = type;
        consumer.subscribe(List.of(topic));
        this.poller = new Thread(this::pollUntilClosed, "ministry-" + ministry + "-consumer");
        poller.setDaemon(true);
        poller.start();
    }

    /**
     * Waits until the group owns the topic's partitions and knows its positions, so that every record published from
     * now on is seen.
     */
    void awaitAssignment(Duration limit) throws InterruptedException {
        if (!assigned.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the ministry's consumer got no partitions within " + limit);
        }
    }

    /** When each record of the type was polled, by dossier code; the first arrival counts. */
    Map<String, Instant> arrivals() {
        return Map.copyOf(arrivals);
    }

    private void pollUntilClosed() {
        try {
            while (running) {
                var records = consumer.poll(POLL);
                Instant polled = Instant.now();
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (type.equals(TopicReader.header(record, "ce_type"))) {
                        String code = record.key() != null ? record.key() : TopicReader.header(record, "ce_subject");
                        arrivals.putIfAbsent(code, polled);
                    }
                }
                if (assigned.getCount() > 0 && !consumer.assignment().isEmpty()) {
                    // Resolves "latest" now rather than at the first fetch, which may come after the first records.
                    consumer.assignment().forEach(consumer::position);
                    assigned.countDown();
                }
            }
        } catch (WakeupException closing) {
            // close() interrupts the poll
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }
}
