package vn.egov.notification.digest;

import java.time.LocalDate;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * dossier-service's internal working calendar and due-dossier list, with the service's own client-credentials token:
 * dossier-service owns the working calendar (holidays, make-up days) and the deadlines.
 */
@FeignClient(name = "dossier", contextId = "dossierDeadlines", url = "${egov.dossier.url:http://localhost:8082}")
interface DossierDeadlinesClient {

    @GetMapping("/internal/calendar/days/{date}")
    CalendarDay day(@PathVariable("date") String date);

    @GetMapping("/internal/agencies/{agencyCode}/due-dossiers")
    DueDossiers dueDossiers(
            @PathVariable("agencyCode") String agencyCode,
            @RequestParam("on") String on,
            @RequestParam("dueWithinDays") int dueWithinDays,
            @RequestParam("limit") int limit);

    record CalendarDay(LocalDate date, boolean workingDay) {}
}
