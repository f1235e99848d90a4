package vn.egov.catalogue.search.index;

import java.util.List;

/** A page of summaries in rank order, and the exact number of procedures the request matched. */
public record SearchResult(List<ProcedureSummary> content, long total) {

    public SearchResult {
        content = List.copyOf(content);
    }
}
