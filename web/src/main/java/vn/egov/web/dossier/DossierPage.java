package vn.egov.web.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of dossiers ({@code GET /api/dossiers}): {@code {items, page, size, totalElements, totalPages, hasNext}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierPage(
        List<Summary> items, int page, int size, long totalElements, int totalPages, boolean hasNext) {

    public DossierPage {
        items = items == null ? List.of() : items;
    }

    /** One line of the list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(
            String code,
            String status,
            int statusCode,
            String procedureCode,
            String procedureName,
            String applicantName,
            String channel,
            @Nullable OffsetDateTime submittedAt,
            @Nullable LocalDate dueDate,
            boolean overdue,
            @Nullable OffsetDateTime processedAt,
            @Nullable Boolean onTime) {}
}
