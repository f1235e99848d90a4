package vn.egov.notification.nationalportal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.notification.nationalportal.DailyReport;
import vn.egov.notification.nationalportal.ReadDailyReport;
import vn.egov.notification.nationalportal.ReadUnsyncedDossiers;
import vn.egov.notification.nationalportal.UnsyncedDossier;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The dossiers whose last status the national portal lacks, for admins, officers (their agency's) and other services:
 * now ({@code GET /api/notifications/national-portal/unsynced}) and as the daily report stood
 * ({@code GET /api/notifications/national-portal/reports/{yyyy-MM-dd}}).
 */
@RestController
@Validated
class NationalPortalReportController {

    private final ReadUnsyncedDossiers readUnsynced;
    private final ReadDailyReport readReport;
    private final ZoneId zone;

    NationalPortalReportController(ReadUnsyncedDossiers readUnsynced, ReadDailyReport readReport, Clock clock) {
        this.readUnsynced = readUnsynced;
        this.readReport = readReport;
        this.zone = clock.getZone();
    }

    /** One dossier of the report; times in the city's zone. */
    record Entry(
            String dossierCode,
            String procedureCode,
            String agencyCode,
            String lastStatus,
            int lastStatusCode,
            OffsetDateTime lastStatusAt,
            Integer portalStatusCode,
            OffsetDateTime portalAcknowledgedAt,
            UnsyncedDossier.Reason reason,
            int attempts,
            String error) {}

    record Report(LocalDate day, OffsetDateTime compiledAt, int unsynced, List<Entry> items) {}

    @GetMapping("/api/notifications/national-portal/unsynced")
    ListPage<Entry> unsynced(
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size,
            CurrentUser caller) {
        Page<UnsyncedDossier> found = readUnsynced.read(caller, page, size);
        return ListPage.of(
                found.getContent().stream().map(this::entry).toList(),
                found.getNumber(),
                found.getSize(),
                found.getTotalElements());
    }

    @GetMapping("/api/notifications/national-portal/reports/{day}")
    Report report(@PathVariable String day, CurrentUser caller) {
        DailyReport report = readReport.read(parse(day), caller);
        return new Report(
                report.day(),
                time(report.compiledAt()),
                report.unsynced(),
                report.items().stream().map(this::entry).toList());
    }

    private Entry entry(UnsyncedDossier dossier) {
        return new Entry(
                dossier.dossierCode(),
                dossier.procedureCode(),
                dossier.agencyCode(),
                dossier.lastStatus(),
                dossier.lastStatusCode(),
                time(dossier.lastStatusAt()),
                dossier.portalStatusCode(),
                time(dossier.portalAcknowledgedAt()),
                dossier.reason(),
                dossier.attempts(),
                dossier.error());
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("invalid-request", "day must be a date such as 2026-12-07")
                    .with("errors", List.of(Map.of("field", "day", "message", "must be yyyy-MM-dd")));
        }
    }
}
