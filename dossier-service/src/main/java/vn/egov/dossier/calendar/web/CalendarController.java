package vn.egov.dossier.calendar.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.calendar.CalendarDay;
import vn.egov.dossier.calendar.EditCalendar;
import vn.egov.dossier.calendar.ReadCalendar;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;
import vn.egov.servicedefaults.time.CityClock;

/** {@code GET /api/calendar?year=} for anyone; {@code PUT}/{@code DELETE /api/calendar/days/{date}} for ADMIN. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final ReadCalendar readCalendar;
    private final EditCalendar editCalendar;
    private final Clock clock;

    CalendarController(ReadCalendar readCalendar, EditCalendar editCalendar, Clock clock) {
        this.readCalendar = readCalendar;
        this.editCalendar = editCalendar;
        this.clock = clock;
    }

    record Day(LocalDate date, String kind, String name, String updatedBy, OffsetDateTime updatedAt) {

        static Day of(CalendarDay day) {
            return new Day(
                    day.date(),
                    day.kind().name(),
                    day.name(),
                    day.updatedBy(),
                    day.updatedAt() == null
                            ? null
                            : day.updatedAt().atZone(CityClock.ZONE).toOffsetDateTime());
        }
    }

    record Year(int year, String rule, List<Day> days) {}

    record DayRequest(CalendarDay.Kind kind, String name) {}

    @SecurityRequirements
    @GetMapping
    Year year(@RequestParam(name = "year", required = false) Integer year) {
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        if (chosen < 2000 || chosen > 2100) {
            throw ApiProblem.badRequest("invalid-request", "year must be between 2000 and 2100");
        }
        return new Year(
                chosen,
                "Monday to Friday are working days, except the HOLIDAY days listed; WORKING_DAY days are weekend days"
                        + " worked in exchange for a bridge holiday.",
                readCalendar.year(chosen).stream().map(Day::of).toList());
    }

    @PutMapping("/days/{date}")
    Day set(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody DayRequest request,
            CurrentUser user) {
        return Day.of(editCalendar.set(date, request.kind(), request.name(), user.subject()));
    }

    @DeleteMapping("/days/{date}")
    ResponseEntity<Void> remove(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, CurrentUser user) {
        if (!editCalendar.remove(date, user.subject())) {
            throw ApiProblem.notFound("Calendar day", date.toString());
        }
        return ResponseEntity.noContent().build();
    }
}
