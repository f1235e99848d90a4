package vn.egov.servicedefaults.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.servicedefaults.correlation.CorrelationId;

/**
 * Records contract events in the {@code outbox_event} table inside the caller's transaction, so an event exists if
 * and only if the state change that caused it was committed. {@link OutboxRelay} sends them to Kafka. The correlation
 * id and the W3C trace context of the request travel with the event.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxRelay relay;
    /** Looked up once: resolving the bean on every event showed in the submission profile. */
    private final Supplier<Optional<Tracer>> tracer;

    public Outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock, OutboxRelay relay, ObjectProvider<Tracer> tracer) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.relay = relay;
        this.tracer = SingletonSupplier.of(() -> Optional.ofNullable(tracer.getIfAvailable()));
    }

    /**
     * Adds the event to the current transaction.
     *
     * @return the CloudEvents id of the event
     * @throws IllegalStateException outside a transaction: an event without its state change must not exist
     */
    public UUID add(ContractEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox is written in the transaction of the state change");
        }
        UUID id = UUID.randomUUID();
        jdbc.update(
                """
                insert into outbox_event (id, topic, record_key, type, subject, data_schema, data, aggregate_version,
                                          correlation_id, trace_parent, occurred_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                """,
                id,
                event.type().topic(),
                event.key(),
                event.type().type(),
                event.subject(),
                event.type().dataSchema().toString(),
                json.writeValueAsString(event.data()),
                event.aggregateVersion(),
                CorrelationId.current().orElse(null),
                traceParent(),
                Timestamp.from(clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return id;
    }

    /** The current span as a W3C {@code traceparent}, or null outside a trace. */
    private String traceParent() {
        Span span = tracer.get().map(Tracer::currentSpan).orElse(null);
        if (span == null) {
            return null;
        }
        TraceContext context = span.context();
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}
