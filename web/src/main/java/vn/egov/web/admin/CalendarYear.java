package vn.egov.web.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A year of the working calendar ({@code GET /api/calendar?year=}): the days that depart from Monday to Friday. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CalendarYear(int year, List<Day> days) {

    public CalendarYear {
        days = days == null ? List.of() : days;
    }

    /**
     * A holiday ({@code HOLIDAY}) on a weekday, or a weekend day worked ({@code WORKING_DAY}) in exchange for a bridge
     * holiday.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(
            LocalDate date, String kind, String name, @Nullable String updatedBy, @Nullable OffsetDateTime updatedAt) {}
}
