package vn.egov.notification.nationalportal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The sync's memory per dossier ({@code national_portal_dossier}). */
@Component
class SyncedDossiers {

    private final JdbcTemplate jdbc;

    SyncedDossiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a status change into the dossier's row, in the caller's transaction, and answers the row locked until the
     * transaction ends: the dates it brings are kept, and it becomes the last status seen when it is the newest.
     */
    SyncedDossier see(StatusChange change, Instant now) {
        jdbc.update(
                """
                insert into national_portal_dossier (dossier_code, procedure_code, agency_code, online,
                    last_seen_event_id, last_seen_version, last_seen_status, last_seen_status_code, last_seen_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dossier_code) do nothing
                """,
                change.dossierCode(),
                change.procedureCode(),
                change.agencyCode(),
                change.online(),
                change.eventId(),
                change.version(),
                change.status(),
                change.statusCode(),
                Timestamp.from(change.occurredAt().toInstant()),
                Timestamp.from(now));
        SyncedDossier before = jdbc.queryForObject(
                "select * from national_portal_dossier where dossier_code = ? for update",
                SyncedDossiers::read,
                change.dossierCode());
        boolean newest = change.version() >= before.lastSeenVersion();
        Instant at = change.occurredAt().toInstant();
        jdbc.update(
                """
                update national_portal_dossier
                   set received_at = ?, finished_at = ?, returned_at = ?, due_date = ?,
                       procedure_code = ?, agency_code = ?, online = ?,
                       last_seen_event_id = ?, last_seen_version = ?, last_seen_status = ?,
                       last_seen_status_code = ?, last_seen_at = ?, updated_at = ?
                 where dossier_code = ?
                """,
                timestamp(change.isReception() && before.receivedAt() == null ? at : before.receivedAt()),
                timestamp(change.endsHandling() && newest ? at : before.finishedAt()),
                timestamp(change.returnsResult() && before.returnedAt() == null ? at : before.returnedAt()),
                date(newest && change.dueDate() != null ? change.dueDate() : before.dueDate()),
                newest ? change.procedureCode() : before.procedureCode(),
                newest ? change.agencyCode() : before.agencyCode(),
                newest ? change.online() : before.online(),
                newest ? change.eventId() : before.lastSeenEventId(),
                newest ? change.version() : before.lastSeenVersion(),
                newest ? change.status() : before.lastSeenStatus(),
                newest ? change.statusCode() : before.lastSeenStatusCode(),
                Timestamp.from(newest ? at : before.lastSeenAt()),
                Timestamp.from(now),
                change.dossierCode());
        return jdbc.queryForObject(
                "select * from national_portal_dossier where dossier_code = ?",
                SyncedDossiers::read,
                change.dossierCode());
    }

    /** Records that the portal has the change, unless it acknowledged a newer one before. */
    void acknowledged(StatusChange change, Instant now) {
        jdbc.update(
                """
                update national_portal_dossier
                   set acked_event_id = ?, acked_version = ?, acked_status = ?, acked_status_code = ?, acked_at = ?,
                       updated_at = ?
                 where dossier_code = ? and (acked_version is null or acked_version < ?)
                """,
                change.eventId(),
                change.version(),
                change.status(),
                change.statusCode(),
                Timestamp.from(now),
                Timestamp.from(now),
                change.dossierCode(),
                change.version());
    }

    static SyncedDossier read(ResultSet row, int number) throws SQLException {
        return new SyncedDossier(
                row.getString("dossier_code"),
                row.getString("procedure_code"),
                row.getString("agency_code"),
                row.getBoolean("online"),
                instant(row.getTimestamp("received_at")),
                instant(row.getTimestamp("finished_at")),
                instant(row.getTimestamp("returned_at")),
                row.getDate("due_date") == null ? null : row.getDate("due_date").toLocalDate(),
                row.getString("last_seen_event_id"),
                row.getLong("last_seen_version"),
                row.getString("last_seen_status"),
                row.getInt("last_seen_status_code"),
                instant(row.getTimestamp("last_seen_at")),
                row.getObject("acked_version", Long.class),
                row.getString("acked_status"),
                row.getObject("acked_status_code", Integer.class),
                instant(row.getTimestamp("acked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
