package vn.egov.contracts.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.catalogue.procedure-published}: a new, immutable version of a procedure's rules was
 * published (a new procedure is published as version 1). Earlier versions stay valid for the dossiers submitted
 * under them.
 *
 * @param procedureCode national procedure code
 * @param version the new version number
 * @param effectiveFrom first day (Asia/Ho_Chi_Minh) on which new dossiers use this version
 * @param agencyCode competent agency
 * @param agencyLevel tier of the competent agency: CITY, DISTRICT, COMMUNE or CENTRAL
 * @param serviceLevel online service level 1..4
 * @param onlineMode FULL (level 4), PARTIAL (level 3) or NONE
 * @param processingDays statutory processing time in working days
 * @param onlineProcessingDays processing time for online dossiers
 * @param feeTotal total fee in VND
 * @param publishedAt when the version was published
 * @param aggregateVersion version of the procedure aggregate after this change; consumers drop older ones
 */
public record ProcedurePublished(
        String procedureCode,
        int version,
        LocalDate effectiveFrom,
        String agencyCode,
        String agencyLevel,
        int serviceLevel,
        String onlineMode,
        int processingDays,
        int onlineProcessingDays,
        long feeTotal,
        OffsetDateTime publishedAt,
        long aggregateVersion) {}
