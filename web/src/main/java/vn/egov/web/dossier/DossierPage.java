package vn.egov.web.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.egov.web.view.PagePosition;

/** A page of dossiers ({@code GET /api/dossiers}): {@code {items, page{number, size, totalItems, ...}}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierPage(List<Summary> items, PagePosition page) {

    public DossierPage {
        items = items == null ? List.of() : items;
        page = page == null ? PagePosition.whole(items.size()) : page;
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
