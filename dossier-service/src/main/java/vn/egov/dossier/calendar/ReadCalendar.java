package vn.egov.dossier.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The configured days (holidays and make-up days) of one year, in date order. */
@Component
public class ReadCalendar {

    private final JdbcTemplate jdbc;

    ReadCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarDay> year(int year) {
        return jdbc.query(
                "select day, kind, name, updated_by, updated_at from calendar_day where day between ? and ? order by day",
                (rs, n) -> {
                    Timestamp updatedAt = rs.getTimestamp("updated_at");
                    return new CalendarDay(
                            rs.getDate("day").toLocalDate(),
                            CalendarDay.Kind.ofStored(rs.getString("kind")),
                            rs.getString("name"),
                            rs.getString("updated_by"),
                            updatedAt == null ? null : updatedAt.toInstant());
                },
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)));
    }
}
