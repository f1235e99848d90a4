package vn.egov.dossier.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Which dossiers to count: a period of days (both included) and optional filters.
 *
 * @param agencyLevel CITY, DISTRICT, COMMUNE or CENTRAL; null for all
 * @param agencyCode null for all
 * @param procedureCode null for all
 */
public record StatisticsQuery(
        LocalDate from, LocalDate to, String agencyLevel, String agencyCode, String procedureCode) {

    private static final Set<String> LEVELS = Set.of("CITY", "DISTRICT", "COMMUNE", "CENTRAL");

    public StatisticsQuery {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > 366 * 5) {
            throw new IllegalArgumentException("the period is at most five years");
        }
        if (agencyLevel != null && !LEVELS.contains(agencyLevel)) {
            throw new IllegalArgumentException("agencyLevel is one of " + LEVELS);
        }
    }
}
