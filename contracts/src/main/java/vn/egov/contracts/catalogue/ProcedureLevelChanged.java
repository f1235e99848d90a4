package vn.egov.contracts.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.catalogue.procedure-level-changed}: the online service level changed, which is published as
 * a new version of the procedure's rules.
 *
 * @param procedureCode national procedure code
 * @param version the version that carries the new level
 * @param effectiveFrom first day on which the new level applies
 * @param previousServiceLevel level before the change
 * @param serviceLevel level after the change (1..4)
 * @param onlineMode FULL (level 4), PARTIAL (level 3) or NONE
 * @param forced true when an administrator raised the level although the promotion rule was not met
 * @param changedAt when the change was made
 * @param aggregateVersion version of the procedure aggregate after this change
 */
public record ProcedureLevelChanged(
        String procedureCode,
        int version,
        LocalDate effectiveFrom,
        int previousServiceLevel,
        int serviceLevel,
        String onlineMode,
        boolean forced,
        OffsetDateTime changedAt,
        long aggregateVersion) {}
