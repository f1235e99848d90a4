package vn.egov.servicedefaults.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox rows to Kafka as CloudEvents (binary mode) in the order they were written, and marks them published.
 * One relay at a time per database (a transaction-scoped advisory lock), so that with several instances of a service
 * events of one dossier still leave in order. While the broker is unreachable it backs off and keeps the rows: nothing
 * is lost, and the idempotent producer keeps retries from duplicating records. When Kafka accepted a round but the
 * database failed to record it (PostgreSQL restarting, say), the relay remembers those rows and marks them first in its
 * next round instead of sending them again; only a relay that dies in that moment leaves them to be sent twice, with
 * the same CloudEvent id, which consumers drop.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Any fixed number; all instances of one service share it through their shared database. */
    private static final long RELAY_LOCK = 0x0E60_0B0C_5L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final URI source;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    /** Rows Kafka accepted in a round whose marks were not committed: marked, not sent, in the next round. */
    private final Set<Long> acceptedNotMarked = ConcurrentHashMap.newKeySet();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean woken;
    private volatile boolean running;
    private Thread worker;
    private long lastCleanup;
    private long lastCount;

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, byte[]> kafka,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.source = URI.create(properties.source());
        this.published = Counter.builder("egov.outbox.published")
                .description("events relayed to Kafka")
                .register(meters);
        this.failures = Counter.builder("egov.outbox.failures")
                .description("relay rounds that failed to reach Kafka")
                .register(meters);
        Gauge.builder("egov.outbox.pending", pending, AtomicLong::get)
                .description("events written but not yet on Kafka")
                .register(meters);
    }

    /** Asks the relay to look now (called after a commit that wrote events). */
    public void wakeUp() {
        lock.lock();
        try {
            woken = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Relays one batch.
     *
     * @return how many events were published
     */
    public int relayBatch() {
        List<Long> remembered = List.copyOf(acceptedNotMarked);
        List<Long> accepted = new ArrayList<>();
        Round round;
        try {
            round = transactions.execute(status -> round(remembered, accepted));
        } catch (RuntimeException e) {
            if (!accepted.isEmpty()) {
                acceptedNotMarked.addAll(accepted);
                log.warn(
                        "Kafka accepted {} events but the database did not record it; they are marked, not sent"
                                + " again, next round",
                        accepted.size());
            }
            throw e;
        }
        if (round == null) {
            return 0;
        }
        if (round.markedRemembered()) {
            acceptedNotMarked.removeAll(remembered);
        }
        // Counted and thrown only once the marks are committed.
        published.increment(round.sent());
        if (round.failure() != null) {
            throw round.failure();
        }
        return round.sent();
    }

    /**
     * One round in the current transaction: marks what an earlier round sent but could not mark, then sends the oldest
     * unpublished rows and marks what Kafka accepted, adding it to {@code accepted} as soon as Kafka has it.
     */
    private Round round(List<Long> remembered, List<Long> accepted) {
        Boolean leader = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK);
        if (!Boolean.TRUE.equals(leader)) {
            return Round.NOTHING;
        }
        if (!remembered.isEmpty()) {
            jdbc.update(
                    "update outbox_event set published_at = now() where seq = any(?) and published_at is null",
                    (Object) remembered.toArray(Long[]::new));
        }
        List<Row> rows = jdbc.query(
                """
                select seq, id, topic, record_key, type, subject, data_schema, data::text as data,
                       correlation_id, trace_parent, occurred_at
                from outbox_event where published_at is null order by seq limit ?
                """,
                OutboxRelay::row,
                properties.batchSize());
        if (rows.isEmpty()) {
            return new Round(0, null, true);
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        for (Row row : rows) {
            sends.add(send(row));
        }
        // Every answer is awaited: what Kafka accepted is marked published even when another event was refused,
        // so that it is not sent again; a refused event keeps its attempt and error and is tried next round.
        RuntimeException failure = null;
        for (int i = 0; i < rows.size(); i++) {
            try {
                sends.get(i).get(30, TimeUnit.SECONDS);
                accepted.add(rows.get(i).seq());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                Throwable cause = e.getCause() == null ? e : e.getCause();
                jdbc.update(
                        "update outbox_event set attempts = attempts + 1, last_error = ? where seq = ?",
                        rootMessage(cause),
                        rows.get(i).seq());
                if (failure == null) {
                    failure = new IllegalStateException(
                            "Kafka did not accept event " + rows.get(i).id(), cause);
                }
            }
        }
        if (!accepted.isEmpty()) {
            jdbc.update("update outbox_event set published_at = now() where seq = any(?)", (Object)
                    accepted.toArray(Long[]::new));
        }
        return new Round(accepted.size(), failure, true);
    }

    /**
     * What one round did: the events Kafka accepted, its first refusal, and whether it marked the rows remembered from
     * an earlier round (a relay that is not the leader marks nothing).
     */
    private record Round(int sent, RuntimeException failure, boolean markedRemembered) {
        static final Round NOTHING = new Round(0, null, false);
    }

    /** The send's answer; a record the producer refuses at once (too large, say) is a failed answer like the rest. */
    private CompletableFuture<?> send(Row row) {
        try {
            return kafka.send(record(row));
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    private ProducerRecord<String, byte[]> record(Row row) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.id())
                .withSource(source)
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.occurredAt().toInstant().atOffset(ZoneOffset.ofHours(7)))
                .withDataSchema(URI.create(row.dataSchema()))
                .withDataContentType("application/json")
                .withData(row.data().getBytes(StandardCharsets.UTF_8));
        if (row.correlationId() != null) {
            builder.withExtension("correlationid", row.correlationId());
        }
        if (row.traceParent() != null) {
            // The CloudEvents distributed-tracing extension, and the plain W3C header that Kafka observation reads.
            builder.withExtension("traceparent", row.traceParent());
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record =
                KafkaMessageFactory.createWriter(row.topic(), row.key()).writeBinary(event);
        if (row.traceParent() != null) {
            record.headers().add("traceparent", row.traceParent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private void loop() {
        Duration backoff = properties.pollInterval();
        while (running) {
            try {
                // Commits from now on are seen by this round's select; only later ones need to wake the relay again.
                woken = false;
                int sent;
                int total = 0;
                do {
                    sent = relayBatch();
                    total += sent;
                } while (running && sent == properties.batchSize());
                backoff = properties.pollInterval();
                refreshPending();
                cleanUpNowAndThen();
                if (total > 0 && !properties.linger().isZero()) {
                    // Events are coming: let a few more commit, then take them in one round. A lone event still
                    // leaves at once, since an idle relay is woken by its commit.
                    sleep(properties.linger());
                    continue;
                }
            } catch (RuntimeException e) {
                failures.increment();
                backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
                log.warn("Outbox relay round failed, retrying in {}: {}", backoff, rootMessage(e));
                refreshPending();
            }
            pause(backoff);
        }
    }

    /** At most once a second: a count per relayed batch cost a statement per submission or two under load. */
    private void refreshPending() {
        long now = System.currentTimeMillis();
        if (now - lastCount < 1000) {
            return;
        }
        lastCount = now;
        try {
            Long count =
                    jdbc.queryForObject("select count(*) from outbox_event where published_at is null", Long.class);
            pending.set(count == null ? 0 : count);
        } catch (RuntimeException e) {
            log.debug("cannot count pending outbox events", e);
        }
    }

    private void cleanUpNowAndThen() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < Duration.ofHours(1).toMillis()) {
            return;
        }
        lastCleanup = now;
        int removed = jdbc.update(
                "delete from outbox_event where published_at < ?",
                Timestamp.from(java.time.Instant.now().minus(properties.retention())));
        if (removed > 0) {
            log.info("Removed {} published outbox events older than {}", removed, properties.retention());
        }
    }

    private void pause(Duration duration) {
        lock.lock();
        try {
            if (!woken && running) {
                wake.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                rs.getLong("seq"),
                rs.getString("id"),
                rs.getString("topic"),
                rs.getString("record_key"),
                rs.getString("type"),
                rs.getString("subject"),
                rs.getString("data_schema"),
                rs.getString("data"),
                rs.getString("correlation_id"),
                rs.getString("trace_parent"),
                rs.getTimestamp("occurred_at"));
    }

    private record Row(
            long seq,
            String id,
            String topic,
            String key,
            String type,
            String subject,
            String dataSchema,
            String data,
            String correlationId,
            String traceParent,
            Timestamp occurredAt) {}
}
