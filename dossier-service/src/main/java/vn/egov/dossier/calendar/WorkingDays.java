package vn.egov.dossier.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Counts working days: Monday to Friday, minus public holidays, plus official make-up days (weekend days worked in
 * exchange for a bridge holiday).
 *
 * @param holidays weekdays off
 * @param makeUpDays weekend days worked
 */
public record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
        makeUpDays = Set.copyOf(makeUpDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The due date of something received at {@code receivedAt} with {@code days} working days to deal with it. The
     * day of receipt is not counted; a receipt on a day off, or after the cut-off hour, counts as received on the
     * next working day.
     *
     * @param cutOffHour null when there is no same-day cut-off
     */
    public LocalDate dueDate(LocalDateTime receivedAt, int days, Integer cutOffHour) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate receipt = receivedAt.toLocalDate();
        if (!isWorkingDay(receipt) || (cutOffHour != null && receivedAt.getHour() >= cutOffHour)) {
            receipt = next(receipt);
        }
        LocalDate due = receipt;
        for (int i = 0; i < days; i++) {
            due = next(due);
        }
        return due;
    }

    private LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
