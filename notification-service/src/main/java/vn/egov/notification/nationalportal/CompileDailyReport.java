package vn.egov.notification.nationalportal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compiles the day's report of dossiers whose last status the national portal lacks, once per day across every
 * instance of the service: the report's row is keyed by the day, and the instance that inserts it first is the one
 * whose report stands (the others find it written and do nothing).
 */
@Component
public class CompileDailyReport {

    /** Dossiers listed in a stored report; the count covers them all, the live API pages through every one. */
    static final int LISTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(CompileDailyReport.class);

    private final UnsyncedDossiers unsynced;
    private final DailyReports reports;
    private final Clock clock;

    CompileDailyReport(UnsyncedDossiers unsynced, DailyReports reports, Clock clock) {
        this.unsynced = unsynced;
        this.reports = reports;
        this.clock = clock;
    }

    /** @return the report compiled now, empty when the day's report had been compiled before */
    public Optional<DailyReport> compile(LocalDate day) {
        if (reports.exists(day)) {
            return Optional.empty();
        }
        DailyReport report =
                new DailyReport(day, clock.instant(), (int) unsynced.count(null), unsynced.list(null, 0, LISTED));
        if (!reports.add(report)) {
            return Optional.empty();
        }
        if (report.unsynced() == 0) {
            log.info("National portal report for {}: every dossier's last status is at the portal", day);
        } else {
            log.warn("National portal report for {}: {}", day, DailyReports.summary(report));
        }
        return Optional.of(report);
    }
}
