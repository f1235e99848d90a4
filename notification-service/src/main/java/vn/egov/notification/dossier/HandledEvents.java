package vn.egov.notification.dossier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-only look into the idempotent consumer's {@code processed_event} table, so that a redelivered event is skipped
 * before dossier-service is asked for contact details again. The authoritative check stays the insert made by
 * {@code ProcessedEvents.firstDelivery} in the planning transaction.
 */
@Component
class HandledEvents {

    private final JdbcTemplate jdbc;

    HandledEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean contains(String consumer, String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from processed_event where consumer = ? and event_id = ?)",
                Boolean.class,
                consumer,
                eventId));
    }
}
