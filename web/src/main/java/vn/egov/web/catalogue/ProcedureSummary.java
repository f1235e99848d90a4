package vn.egov.web.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One line of a procedure list ({@code GET /api/catalogue/procedures}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedureSummary(
        String code,
        String name,
        String sector,
        String agencyCode,
        String agencyName,
        String agencyLevel,
        int serviceLevel,
        String onlineMode,
        int processingDays,
        int onlineProcessingDays,
        long feeTotal) {

    public boolean online() {
        return serviceLevel >= 3;
    }
}
