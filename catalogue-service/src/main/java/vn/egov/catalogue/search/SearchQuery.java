package vn.egov.catalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.egov.catalogue.agency.AgencyTier;
import vn.egov.catalogue.procedure.RulesDraft;
import vn.egov.catalogue.search.index.SearchRequest;
import vn.egov.catalogue.search.index.SearchText;
import vn.egov.contracts.codes.AgencyCode;

/**
 * A checked list/search request. {@code text} is the folded, abbreviation-expanded query, or null to list all.
 *
 * @param raw the query as typed (trimmed), for exact code matches
 */
public record SearchQuery(
        String raw,
        String text,
        AgencyTier agencyLevel,
        Integer serviceLevel,
        String sector,
        int page,
        int size,
        String agencyCode) {

    /**
     * Checks the parameters as they came over HTTP.
     *
     * @throws vn.egov.catalogue.procedure.InvalidProcedure naming each bad parameter
     */
    public static SearchQuery of(
            String q,
            String agencyLevel,
            String agencyCode,
            Integer serviceLevel,
            String sector,
            Integer page,
            Integer size,
            SearchProperties properties) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (q != null && q.length() > properties.maxQueryLength()) {
            errors.add(RulesDraft.error("q", "must be at most " + properties.maxQueryLength() + " characters"));
        }
        AgencyTier tier = null;
        if (agencyLevel != null && !agencyLevel.isBlank()) {
            tier = AgencyTier.parse(agencyLevel.strip()).orElse(null);
            if (tier == null) {
                errors.add(RulesDraft.error("agencyLevel", "must be one of CITY, DISTRICT, COMMUNE, CENTRAL"));
            }
        }
        if (agencyCode != null && !agencyCode.isBlank() && !AgencyCode.isValid(agencyCode.strip())) {
            errors.add(RulesDraft.error("agencyCode", "must be an agency code such as 000.00.15.H17"));
        }
        if (serviceLevel != null && (serviceLevel < 1 || serviceLevel > 4)) {
            errors.add(RulesDraft.error("serviceLevel", "must be 1, 2, 3 or 4"));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            errors.add(RulesDraft.error("page", "must be 0 or more"));
        }
        if (s < 1 || s > properties.maxPageSize()) {
            errors.add(RulesDraft.error("size", "must be between 1 and " + properties.maxPageSize()));
        }
        if (sector != null && sector.length() > 200) {
            errors.add(RulesDraft.error("sector", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw RulesDraft.invalid(errors);
        }
        String raw = q == null ? "" : q.strip();
        String text = SearchText.expand(SearchText.fold(raw), properties.abbreviations());
        return new SearchQuery(
                raw,
                text.isEmpty() ? null : text,
                tier,
                serviceLevel,
                sector == null || sector.isBlank() ? null : sector.strip(),
                p,
                s,
                agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip());
    }

    /** The request to the index. */
    public SearchRequest toRequest() {
        return new SearchRequest(
                raw,
                text,
                agencyLevel == null ? null : agencyLevel.name(),
                serviceLevel,
                sector,
                page,
                size,
                agencyCode);
    }
}
