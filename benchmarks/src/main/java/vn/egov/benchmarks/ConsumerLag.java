package vn.egov.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far consumer groups are behind the end of a topic, from the broker's committed offsets. A benchmark waits for a
 * consumer to catch up before a phase, so that a backlog of earlier phases (a warm-up's thousands of notifications)
 * neither competes with the phase for the CPU nor delays the phase's own events.
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    /** @param connection bootstrap servers and credentials of a user that may describe the groups (the super user) */
    ConsumerLag(Map<String, Object> connection) {
        this.admin = Admin.create(new HashMap<>(connection));
    }

    /** Records of {@code topic} the group has not committed yet, summed over the partitions. */
    long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        List<TopicPartition> partitions = admin
                .describeTopics(List.of(topic))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(topic)
                .partitions()
                .stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata at = committed.get(partition);
            lag += ends.get(partition).offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    /**
     * Waits until every group has committed up to the end of {@code topic}, or until {@code limit}.
     *
     * @return whether they all caught up
     */
    boolean awaitCaughtUp(List<String> groups, String topic, Duration limit, Consumer<String> progress)
            throws Exception {
        Instant deadline = Instant.now().plus(limit);
        Instant nextReport = Instant.now();
        while (true) {
            Map<String, Long> lags = new HashMap<>();
            for (String group : groups) {
                lags.put(group, lag(group, topic));
            }
            if (lags.values().stream().allMatch(lag -> lag <= 0)) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                progress.accept("consumers still behind on " + topic + " after " + limit + ": " + lags);
                return false;
            }
            if (Instant.now().isAfter(nextReport)) {
                progress.accept("waiting for consumers of " + topic + " to catch up: " + lags);
                nextReport = Instant.now().plusSeconds(30);
            }
            Thread.sleep(1000);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
