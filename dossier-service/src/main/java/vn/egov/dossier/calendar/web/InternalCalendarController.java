package vn.egov.dossier.calendar.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.calendar.WorkingCalendar;

/**
 * {@code GET /internal/calendar/days/{date}} (role SERVICE): whether a day is a working day of the platform's working
 * calendar (weekdays, minus public holidays, plus official make-up days), so that other services need not copy the
 * rule; notification-service sends officers' digests on working days only.
 */
@RestController
class InternalCalendarController {

    private final WorkingCalendar calendar;

    InternalCalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record Day(LocalDate date, boolean workingDay) {}

    @GetMapping("/internal/calendar/days/{date}")
    Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return new Day(date, calendar.deadlines().isWorkingDay(date));
    }
}
