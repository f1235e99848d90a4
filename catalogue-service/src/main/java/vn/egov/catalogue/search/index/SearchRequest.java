package vn.egov.catalogue.search.index;

/**
 * One list or search request to the index.
 *
 * @param raw the query as typed (trimmed), matched exactly against procedure codes; may be empty
 * @param text the folded, abbreviation-expanded query, or null to list everything in code order
 * @param agencyLevel agency tier filter, or null
 * @param serviceLevel service level filter, or null
 * @param sector sector filter (any spelling: it is folded here), or null
 * @param page 0-based page number
 * @param size page size, at least 1
 * @param agencyCode the agency filter (its code, e.g. {@code 000.00.15.H17}), or null
 */
public record SearchRequest(
        String raw,
        String text,
        String agencyLevel,
        Integer serviceLevel,
        String sector,
        int page,
        int size,
        String agencyCode) {

    /** A request without an agency filter. */
    public SearchRequest(
            String raw, String text, String agencyLevel, Integer serviceLevel, String sector, int page, int size) {
        this(raw, text, agencyLevel, serviceLevel, sector, page, size, null);
    }

    public SearchRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
        raw = raw == null ? "" : raw.strip();
        text = text == null || text.isBlank() ? null : text;
        sector = sector == null || sector.isBlank() ? null : SearchText.fold(sector);
        agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
    }

    /** The first page of {@code size} for {@code q} as typed: no filter, the built-in abbreviations. */
    public static SearchRequest firstPage(String q, int size) {
        String raw = q == null ? "" : q.strip();
        return new SearchRequest(
                raw,
                SearchText.expand(SearchText.fold(raw), SearchText.BUILT_IN_ABBREVIATIONS),
                null,
                null,
                null,
                0,
                size);
    }
}
