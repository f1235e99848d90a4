package vn.egov.dossier.inbox;

import java.util.Locale;
import vn.egov.dossier.dossier.DossierStatus;

/**
 * What a list asks for. {@code overdue} lists dossiers whose clock runs and whose legal due date passed (whether or
 * not the scan has flagged them yet); {@code dueWithinDays} lists dossiers whose clock runs and that are due from today
 * up to that many working days ahead.
 *
 * @param status only this status; null for all
 * @param overdue true for overdue only; null or false for no such filter
 * @param dueWithinDays null for no such filter
 * @param procedureCode null for all
 * @param sortBy {@code dueDate} or {@code submittedAt}
 * @param ascending sort direction
 */
public record ListFilter(
        DossierStatus status,
        Boolean overdue,
        Integer dueWithinDays,
        String procedureCode,
        String sortBy,
        boolean ascending) {

    public ListFilter {
        if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > 365)) {
            throw new IllegalArgumentException("dueWithinDays must be between 0 and 365");
        }
        if (!"dueDate".equals(sortBy) && !"submittedAt".equals(sortBy)) {
            throw new IllegalArgumentException("sort by dueDate or submittedAt");
        }
    }

    /**
     * Reads {@code sort=field[,asc|desc]}; null means newest first.
     *
     * @throws IllegalArgumentException for another field or direction
     */
    public static ListFilter of(
            DossierStatus status, Boolean overdue, Integer dueWithinDays, String procedureCode, String sort) {
        String by = "submittedAt";
        boolean ascending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            by = parts[0].strip();
            if (parts.length == 2) {
                String direction = parts[1].strip().toLowerCase(Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw new IllegalArgumentException("sort direction is asc or desc");
                }
                ascending = direction.equals("asc");
            } else {
                ascending = by.equals("dueDate");
            }
        }
        String procedure = procedureCode == null || procedureCode.isBlank() ? null : procedureCode.strip();
        return new ListFilter(status, overdue, dueWithinDays, procedure, by, ascending);
    }
}
