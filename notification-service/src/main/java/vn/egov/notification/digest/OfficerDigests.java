package vn.egov.notification.digest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The digest log: one row per officer and day, whatever became of the digest (sent, or skipped and why). Its primary
 * key {@code (officer, day)} is what keeps a second instance, or a run after a restart, from sending an officer a
 * second digest the same day.
 */
@Component
class OfficerDigests {

    /** What became of an officer's digest of one day. */
    enum Outcome {
        SENT,
        NOTHING_DUE,
        NO_EMAIL
    }

    private final JdbcTemplate jdbc;

    OfficerDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The officers whose digest of {@code day} has been dealt with. */
    Set<String> officersDone(LocalDate day) {
        return new HashSet<>(
                jdbc.queryForList("select officer from officer_digest where day = ?", String.class, Date.valueOf(day)));
    }

    /**
     * Records the officer's digest of the day, in the caller's transaction; a concurrent recorder waits for this one
     * and then records nothing.
     *
     * @return false when it had been recorded already: nothing more is to be done
     */
    boolean record(Officer officer, LocalDate day, Outcome outcome, DueDossiers due, Instant now) {
        return jdbc.update(
                        """
                        insert into officer_digest (officer, day, agency_code, outcome, overdue, due_soon, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (officer, day) do nothing
                        """,
                        officer.username(),
                        Date.valueOf(day),
                        officer.agencyCode(),
                        outcome.name(),
                        due.overdue().total(),
                        due.dueSoon().total(),
                        Timestamp.from(now))
                == 1;
    }

    /** Links the digest to the delivery that carries it (the delivery log keeps its sending). */
    void deliveredBy(Officer officer, LocalDate day, UUID deliveryId) {
        jdbc.update(
                "update officer_digest set delivery_id = ? where officer = ? and day = ?",
                deliveryId,
                officer.username(),
                Date.valueOf(day));
    }
}
