package vn.egov.dossier.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.servicedefaults.problem.InvalidFields;

/**
 * An administrator sets or removes a day of the working calendar (a holiday, or a weekend make-up day), for example
 * when the Prime Minister's yearly notice is published. Every change is kept in {@code calendar_change} with who and
 * when. Due dates already fixed do not move: they were fixed on the calendar of their day.
 */
@Component
public class EditCalendar {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EditCalendar(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets {@code date} to {@code kind}; a holiday must fall on a weekday and a make-up day on a weekend. */
    @Transactional
    public CalendarDay set(LocalDate date, CalendarDay.Kind kind, String name, String admin) {
        if (kind == null) {
            throw invalid("kind", "is HOLIDAY or WORKING_DAY");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw invalid("name", "is required (at most 200 characters)");
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == CalendarDay.Kind.HOLIDAY && weekend) {
            throw invalid("kind", date + " is a weekend day, already off");
        }
        if (kind == CalendarDay.Kind.WORKING_DAY && !weekend) {
            throw invalid("kind", date + " is a weekday, already a working day");
        }
        Instant now = clock.instant();
        jdbc.update(
                """
                insert into calendar_day (day, kind, name, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (day) do update
                  set kind = excluded.kind, name = excluded.name, updated_by = excluded.updated_by,
                      updated_at = excluded.updated_at
                """,
                Date.valueOf(date),
                kind.stored(),
                name.strip(),
                admin,
                Timestamp.from(now));
        audit(date, "SET", kind.stored(), name.strip(), admin, now);
        return new CalendarDay(date, kind, name.strip(), admin, now);
    }

    /** @return false when the day was not configured */
    @Transactional
    public boolean remove(LocalDate date, String admin) {
        int removed = jdbc.update("delete from calendar_day where day = ?", Date.valueOf(date));
        if (removed == 1) {
            audit(date, "REMOVED", null, null, admin, clock.instant());
        }
        return removed == 1;
    }

    private void audit(LocalDate date, String action, String kind, String name, String admin, Instant at) {
        jdbc.update(
                "insert into calendar_change (day, action, kind, name, changed_by, changed_at) values (?, ?, ?, ?, ?, ?)",
                Date.valueOf(date),
                action,
                kind,
                name,
                admin,
                Timestamp.from(at));
    }

    private static InvalidFields invalid(String field, String message) {
        return InvalidFields.of(field, message);
    }
}
