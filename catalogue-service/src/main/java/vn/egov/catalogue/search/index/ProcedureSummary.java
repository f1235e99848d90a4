package vn.egov.catalogue.search.index;

import java.time.LocalDate;

/**
 * One line of a procedure list: the version in force, without documents and fees in detail. This is the JSON shape of
 * {@code GET /api/catalogue/procedures}; the index keeps one per document so that a search touches no database.
 *
 * @param agencyLevel the agency tier ({@code CITY}, {@code DISTRICT}, {@code COMMUNE}, {@code CENTRAL})
 * @param onlineMode {@code FULL}, {@code PARTIAL} or {@code NONE}, from the service level
 */
public record ProcedureSummary(
        String code,
        String name,
        String sector,
        String agencyCode,
        String agencyName,
        String agencyLevel,
        int serviceLevel,
        String onlineMode,
        int version,
        LocalDate effectiveFrom,
        int processingDays,
        int onlineProcessingDays,
        long feeTotal) {}
