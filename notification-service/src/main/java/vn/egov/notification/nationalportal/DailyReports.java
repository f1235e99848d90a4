package vn.egov.notification.nationalportal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One report per day ({@code national_portal_report}); its primary key lets one instance write it. */
@Component
class DailyReports {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DailyReports(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return false when the day's report had been written already (by this or another instance) */
    boolean add(DailyReport report) {
        return jdbc.update(
                        """
                        insert into national_portal_report (day, unsynced, items, created_at)
                        values (?, ?, cast(? as jsonb), ?)
                        on conflict (day) do nothing
                        """,
                        Date.valueOf(report.day()),
                        report.unsynced(),
                        json.writeValueAsString(report.items()),
                        Timestamp.from(report.compiledAt()))
                == 1;
    }

    Optional<DailyReport> find(LocalDate day) {
        return jdbc
                .query(
                        "select day, unsynced, items::text as items, created_at from national_portal_report where day = ?",
                        (row, number) -> new DailyReport(
                                row.getDate("day").toLocalDate(),
                                row.getTimestamp("created_at").toInstant(),
                                row.getInt("unsynced"),
                                json.readValue(row.getString("items"), new TypeReference<List<UnsyncedDossier>>() {})),
                        Date.valueOf(day))
                .stream()
                .findFirst();
    }

    boolean exists(LocalDate day) {
        Integer count = jdbc.queryForObject(
                "select count(*) from national_portal_report where day = ?", Integer.class, Date.valueOf(day));
        return count != null && count > 0;
    }

    /** For the log line of a compiled report. */
    static String summary(DailyReport report) {
        Instant oldest = report.items().isEmpty() ? null : report.items().get(0).lastStatusAt();
        return report.unsynced() + " dossier(s) whose last status the national portal lacks"
                + (oldest == null ? "" : ", the oldest changed at " + oldest);
    }
}
