package vn.egov.catalogue.search.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.catalogue.search.SearchProcedures;
import vn.egov.catalogue.search.SearchProperties;
import vn.egov.catalogue.search.SearchQuery;
import vn.egov.catalogue.search.index.ProcedureSummary;
import vn.egov.servicedefaults.paging.ListPage;

/** {@code GET /api/catalogue/procedures?q=&agencyLevel=&serviceLevel=&sector=&page=&size=}: a page of procedures. */
@SecurityRequirements
@RestController
class SearchController {

    private final SearchProcedures search;
    private final SearchProperties properties;

    SearchController(SearchProcedures search, SearchProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping("/api/catalogue/procedures")
    ListPage<ProcedureSummary> procedures(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String agencyLevel,
            @RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) Integer serviceLevel,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return search.search(SearchQuery.of(q, agencyLevel, agencyCode, serviceLevel, sector, page, size, properties));
    }
}
