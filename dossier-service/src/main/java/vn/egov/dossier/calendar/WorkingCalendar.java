package vn.egov.dossier.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The working calendar as configured in the {@code calendar_day} table, read when a due date is computed. */
@Component
public class WorkingCalendar {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkingCalendar(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** See {@link WorkingDays#dueDate}. */
    public LocalDate dueDate(LocalDateTime receivedAt, int days, Integer cutOffHour) {
        return workingDays().dueDate(receivedAt, days, cutOffHour);
    }

    /** The deadline rules on the calendar as it is now, in the service's zone. */
    public Deadlines deadlines() {
        return new Deadlines(workingDays(), clock.getZone());
    }

    private WorkingDays workingDays() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUpDays = new HashSet<>();
        jdbc.query("select day, kind from calendar_day", rs -> {
            LocalDate day = rs.getDate("day").toLocalDate();
            if ("HOLIDAY".equals(rs.getString("kind"))) {
                holidays.add(day);
            } else {
                makeUpDays.add(day);
            }
        });
        return new WorkingDays(holidays, makeUpDays);
    }
}
