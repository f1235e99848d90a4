package vn.egov.notification.nationalportal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The dossiers whose last status the portal lacks, oldest change first: the sync's table joined with its pushes. */
@Component
class UnsyncedDossiers {

    private static final String FROM =
            """
            from national_portal_dossier d
            left join national_portal_push p on p.event_id = d.last_seen_event_id
            where (d.acked_version is null or d.acked_version < d.last_seen_version)
            """;

    private final JdbcTemplate jdbc;

    UnsyncedDossiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param agencyCode only this agency's dossiers; every agency's when null */
    long count(String agencyCode) {
        List<Object> arguments = new ArrayList<>();
        Long count = jdbc.queryForObject(
                "select count(*) " + FROM + agency(agencyCode, arguments), Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /** @param agencyCode only this agency's dossiers; every agency's when null */
    List<UnsyncedDossier> list(String agencyCode, long offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        String where = agency(agencyCode, arguments);
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(
                "select d.*, p.state, p.attempts, p.last_error " + FROM + where
                        + " order by d.last_seen_at, d.dossier_code limit ? offset ?",
                UnsyncedDossiers::read,
                arguments.toArray());
    }

    private static String agency(String agencyCode, List<Object> arguments) {
        if (agencyCode == null) {
            return "";
        }
        arguments.add(agencyCode);
        return " and d.agency_code = ?";
    }

    private static UnsyncedDossier read(ResultSet row, int number) throws SQLException {
        String state = row.getString("state");
        int attempts = row.getInt("attempts");
        UnsyncedDossier.Reason reason;
        if ("REFUSED".equals(state)) {
            reason = UnsyncedDossier.Reason.REFUSED;
        } else if ("DEAD_LETTERED".equals(state)) {
            reason = UnsyncedDossier.Reason.DEAD_LETTERED;
        } else if (attempts > 0) {
            reason = UnsyncedDossier.Reason.PENDING_RETRY;
        } else {
            reason = UnsyncedDossier.Reason.PENDING;
        }
        return new UnsyncedDossier(
                row.getString("dossier_code"),
                row.getString("procedure_code"),
                row.getString("agency_code"),
                row.getString("last_seen_status"),
                row.getInt("last_seen_status_code"),
                instant(row.getTimestamp("last_seen_at")),
                row.getObject("acked_status_code", Integer.class),
                instant(row.getTimestamp("acked_at")),
                reason,
                attempts,
                row.getString("last_error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
