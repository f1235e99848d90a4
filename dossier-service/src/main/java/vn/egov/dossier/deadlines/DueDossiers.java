package vn.egov.dossier.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An agency's dossiers whose clock runs and that are overdue or due soon, as of one day: what an officer has to act on
 * first. Each section holds at most the requested number of dossiers, most urgent first, and the total.
 *
 * @param agencyName the agency's name as its dossiers carry it; null when no dossier was found
 * @param on the day the list is for
 * @param dueBy the last due date counted as due soon ({@code on} plus the working days asked for)
 * @param overdue due before {@code on}
 * @param dueSoon due from {@code on} to {@code dueBy}
 */
public record DueDossiers(
        String agencyCode, String agencyName, LocalDate on, LocalDate dueBy, Section overdue, Section dueSoon) {

    public DueDossiers {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(dueSoon, "dueSoon");
    }

    /**
     * Some dossiers of one section.
     *
     * @param total how many dossiers the section has, beyond the ones listed too
     * @param items at most the requested number, by due date
     */
    public record Section(long total, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One dossier, with only what an officer needs to recognise it.
     *
     * @param daysOverdue working days past the due date as of the list's day; 0 when not overdue
     */
    public record Item(
            String code,
            String procedureCode,
            String procedureName,
            String applicantName,
            LocalDate dueDate,
            int daysOverdue) {}
}
