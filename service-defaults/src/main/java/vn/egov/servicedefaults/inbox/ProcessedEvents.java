package vn.egov.servicedefaults.inbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The idempotent consumer's memory. Call {@link #firstDelivery} in the transaction of the side effect: the event id
 * and the effect commit together, so a redelivered event is recognised and skipped.
 */
public class ProcessedEvents {

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} handles {@code event} now.
     *
     * @return false when it was already handled (skip the side effect)
     */
    public boolean firstDelivery(String consumer, IncomingEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("record a processed event in the transaction of its side effect");
        }
        return jdbc.update(
                        """
                        insert into processed_event (consumer, event_id, event_type) values (?, ?, ?)
                        on conflict do nothing
                        """,
                        consumer,
                        event.id(),
                        event.type())
                == 1;
    }
}
