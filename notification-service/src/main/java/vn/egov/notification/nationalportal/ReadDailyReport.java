package vn.egov.notification.nationalportal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.problem.DomainProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** A day's stored report: admins and other services see it whole, an officer their own agency's dossiers only. */
@Component
public class ReadDailyReport {

    private final DailyReports reports;

    ReadDailyReport(DailyReports reports) {
        this.reports = reports;
    }

    public DailyReport read(LocalDate day, CurrentUser caller) {
        DailyReport report = reports.find(day).orElseThrow(() -> new ReportNotFound(day));
        if (caller.has(CurrentUser.Role.ADMIN) || caller.has(CurrentUser.Role.SERVICE)) {
            return report;
        }
        String agency = caller.agencyCode().orElseThrow(() -> new NoAgency(caller.subject()));
        List<UnsyncedDossier> items = report.items().stream()
                .filter(item -> item.agencyCode().equals(agency))
                .toList();
        return new DailyReport(report.day(), report.compiledAt(), items.size(), items);
    }

    static class ReportNotFound extends DomainProblem {
        ReportNotFound(LocalDate day) {
            super(Kind.NOT_FOUND, "not-found", "No national portal report for " + day);
        }
    }
}
