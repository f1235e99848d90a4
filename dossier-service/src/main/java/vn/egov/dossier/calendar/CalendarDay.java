package vn.egov.dossier.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One configured day of the working calendar.
 *
 * @param kind HOLIDAY (a weekday off) or WORKING_DAY (a weekend day worked, an official make-up day)
 * @param updatedBy the administrator who set it last; null for the seeded days
 * @param updatedAt when; null for the seeded days
 */
public record CalendarDay(LocalDate date, Kind kind, String name, String updatedBy, Instant updatedAt) {

    /** What a configured day is; every other day follows the Monday-to-Friday rule. */
    public enum Kind {
        HOLIDAY("HOLIDAY"),
        WORKING_DAY("WORKING");

        private final String stored;

        Kind(String stored) {
            this.stored = stored;
        }

        String stored() {
            return stored;
        }

        static Kind ofStored(String stored) {
            return stored.equals("HOLIDAY") ? HOLIDAY : WORKING_DAY;
        }
    }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
