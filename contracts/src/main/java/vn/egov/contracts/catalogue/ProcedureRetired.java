package vn.egov.contracts.catalogue;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.catalogue.procedure-retired}: the procedure no longer accepts new dossiers. Dossiers already
 * submitted keep their version.
 *
 * @param procedureCode national procedure code
 * @param lastVersion the last version that was published
 * @param retiredAt when it was retired
 * @param aggregateVersion version of the procedure aggregate after this change
 */
public record ProcedureRetired(
        String procedureCode, int lastVersion, OffsetDateTime retiredAt, long aggregateVersion) {}
