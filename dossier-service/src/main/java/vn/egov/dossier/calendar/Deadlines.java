package vn.egov.dossier.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The deadline rules on one snapshot of the working calendar, for instants of the service's zone (Asia/Ho_Chi_Minh).
 * See docs/adr/0004-dossier-deadlines-and-pauses.md.
 */
public record Deadlines(WorkingDays calendar, ZoneId zone) {

    public Deadlines {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
    }

    /** See {@link WorkingDays#dueDate}. */
    public LocalDate dueDate(Instant receivedAt, int days, Integer cutOffHour) {
        return calendar.dueDate(local(receivedAt), days, cutOffHour);
    }

    /** See {@link WorkingDays#pausedDays}. */
    public int pausedDays(Instant start, Instant end, Integer cutOffHour) {
        return calendar.pausedDays(local(start), local(end), cutOffHour);
    }

    /** The due date moved on by {@code days} working days. */
    public LocalDate extend(LocalDate dueDate, int days) {
        return calendar.plusWorkingDays(dueDate, days);
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
