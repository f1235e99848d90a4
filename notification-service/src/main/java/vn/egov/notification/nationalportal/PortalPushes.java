package vn.egov.notification.nationalportal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One row per dossier event, with what became of pushing its status ({@code national_portal_push}). */
@Component
class PortalPushes {

    /** What became of an event's push. */
    enum State {
        /** Not acknowledged yet: in flight, or waiting for the consumer's next attempt. */
        PENDING,
        /** The portal has it. */
        ACKNOWLEDGED,
        /** Not pushed: the portal had acknowledged a newer status of the dossier. */
        STALE,
        /** The portal refused it for good; the event went to the dead-letter topic at once. */
        REFUSED,
        /** The portal stayed unavailable through every retry; the event went to the dead-letter topic. */
        DEAD_LETTERED
    }

    private final JdbcTemplate jdbc;

    PortalPushes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The push of the event, recorded PENDING the first time the event is seen; its state otherwise. */
    State begin(StatusChange change, Instant now) {
        jdbc.update(
                """
                insert into national_portal_push (event_id, event_type, dossier_code, aggregate_version, status,
                    status_code, occurred_at, state, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                on conflict (event_id) do nothing
                """,
                change.eventId(),
                change.eventType(),
                change.dossierCode(),
                change.version(),
                change.status(),
                change.statusCode(),
                Timestamp.from(change.occurredAt().toInstant()),
                Timestamp.from(now),
                Timestamp.from(now));
        return State.valueOf(jdbc.queryForObject(
                "select state from national_portal_push where event_id = ? for update",
                String.class,
                change.eventId()));
    }

    void stale(String eventId, String why, Instant now) {
        jdbc.update(
                "update national_portal_push set state = 'STALE', last_error = ?, updated_at = ? where event_id = ?",
                why,
                Timestamp.from(now),
                eventId);
    }

    void acknowledged(String eventId, String portalTransactionId, Instant now) {
        jdbc.update(
                """
                update national_portal_push
                   set state = 'ACKNOWLEDGED', attempts = attempts + 1, portal_transaction_id = ?, last_error = null,
                       acknowledged_at = ?, updated_at = ?
                 where event_id = ?
                """,
                portalTransactionId,
                Timestamp.from(now),
                Timestamp.from(now),
                eventId);
    }

    /** An attempt failed and the consumer will try again. */
    void failed(String eventId, String error, Instant now) {
        jdbc.update(
                """
                update national_portal_push set state = 'PENDING', attempts = attempts + 1, last_error = ?,
                    updated_at = ?
                 where event_id = ?
                """,
                error,
                Timestamp.from(now),
                eventId);
    }

    void refused(String eventId, String portalError, Instant now) {
        jdbc.update(
                """
                update national_portal_push set state = 'REFUSED', attempts = attempts + 1, last_error = ?,
                    updated_at = ?
                 where event_id = ?
                """,
                portalError,
                Timestamp.from(now),
                eventId);
    }

    /** The retries are over; a refused push stays REFUSED (it was dead-lettered for that reason). */
    void deadLettered(String eventId, String error, Instant now) {
        jdbc.update(
                """
                update national_portal_push set state = 'DEAD_LETTERED', last_error = coalesce(?, last_error),
                    updated_at = ?
                 where event_id = ? and state = 'PENDING'
                """,
                error,
                Timestamp.from(now),
                eventId);
    }
}
