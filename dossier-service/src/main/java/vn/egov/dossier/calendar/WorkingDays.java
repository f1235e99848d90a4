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

    /** The working day {@code days} working days after {@code from} ({@code from} itself when {@code days} is 0). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = from;
        for (int i = 0; i < days; i++) {
            day = next(day);
        }
        return day;
    }

    /**
     * The working days a clock paused at {@code start} and resumed at {@code end} lost. The day the pause started was
     * a day the agency had; the day it ended is treated like a day of receipt (not counted, and a resumption on a day
     * off or after the cut-off hour counts as on the next working day). So the paused days are the working days after
     * the start day up to and including the effective resumption day; a pause within one day costs nothing.
     *
     * @param cutOffHour null when there is no same-day cut-off
     */
    public int pausedDays(LocalDateTime start, LocalDateTime end, Integer cutOffHour) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a pause ends after it starts");
        }
        LocalDate resumed = end.toLocalDate();
        if (!isWorkingDay(resumed) || (cutOffHour != null && end.getHour() >= cutOffHour)) {
            resumed = next(resumed);
        }
        int days = 0;
        for (LocalDate day = start.toLocalDate().plusDays(1); !day.isAfter(resumed); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    private LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
