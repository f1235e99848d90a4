package vn.egov.catalogue.search;

import java.time.LocalDate;
import vn.egov.catalogue.procedure.OnlineMode;

/** One line of a procedure list: the version in force, without documents and fees in detail. */
public record ProcedureSummary(
        String code,
        String name,
        String sector,
        String agencyCode,
        String agencyName,
        String agencyLevel,
        int serviceLevel,
        OnlineMode onlineMode,
        int version,
        LocalDate effectiveFrom,
        int processingDays,
        int onlineProcessingDays,
        long feeTotal) {}
