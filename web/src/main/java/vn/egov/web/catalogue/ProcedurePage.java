package vn.egov.web.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import vn.egov.web.view.PagePosition;

/** A page of procedures ({@code GET /api/catalogue/procedures}): {@code {items, page{number, size, totalItems, ...}}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedurePage(List<ProcedureSummary> items, PagePosition page) {

    public ProcedurePage {
        items = items == null ? List.of() : items;
        page = page == null ? PagePosition.whole(items.size()) : page;
    }
}
