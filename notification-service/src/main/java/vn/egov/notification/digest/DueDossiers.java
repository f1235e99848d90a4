package vn.egov.notification.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency's overdue and soon-due dossiers as dossier-service lists them
 * ({@code GET /internal/agencies/{agencyCode}/due-dossiers}): at most the requested number per section, with totals.
 *
 * @param agencyName null when dossier-service found no dossier to take it from
 */
record DueDossiers(
        String agencyCode, String agencyName, LocalDate on, LocalDate dueBy, Section overdue, Section dueSoon) {

    boolean isEmpty() {
        return overdue.total() == 0 && dueSoon.total() == 0;
    }

    record Section(long total, List<Item> items) {

        Section {
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** Dossiers counted but not listed. */
        long more() {
            return Math.max(0, total - items.size());
        }
    }

    /** @param daysOverdue working days past the due date; 0 when not overdue */
    record Item(
            String code,
            String procedureCode,
            String procedureName,
            String applicantName,
            LocalDate dueDate,
            int daysOverdue) {}
}
