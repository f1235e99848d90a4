package vn.egov.catalogue.search;

import org.springframework.stereotype.Service;
import vn.egov.catalogue.search.index.ProcedureSummary;
import vn.egov.servicedefaults.paging.ListPage;

/**
 * Lists the procedures in force, filtered, and ranked by relevance when there is a query, from this instance's
 * in-memory index ({@link SearchIndex}): no database access on the request path. See {@code ProcedureIndex} for the
 * ranking and ADR 0003 for why.
 */
@Service
public class SearchProcedures {

    private final SearchIndex index;

    SearchProcedures(SearchIndex index) {
        this.index = index;
    }

    public ListPage<ProcedureSummary> search(SearchQuery query) {
        var result = index.search(query.toRequest());
        return ListPage.of(result.content(), query.page(), query.size(), result.total());
    }
}
