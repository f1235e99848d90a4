package vn.egov.contracts.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.dossier.overdue}: an open dossier passed its legal due date without a result. Published once
 * per dossier. Thin: no personal data.
 *
 * @param dossierCode {@code <agency code>-<YYMMDD>-<sequence>}
 * @param procedureCode national procedure code
 * @param agencyCode competent agency
 * @param agencyLevel CITY, DISTRICT, COMMUNE or CENTRAL
 * @param status status when the lateness was detected
 * @param statusCode the national portal's numeric code of {@code status}
 * @param dueDate the legal due date (moved by pauses, never by an apology) that passed
 * @param detectedAt when the scheduler noticed
 * @param aggregateVersion version of the dossier after this event
 */
public record DossierOverdue(
        String dossierCode,
        String procedureCode,
        String agencyCode,
        String agencyLevel,
        String status,
        int statusCode,
        LocalDate dueDate,
        OffsetDateTime detectedAt,
        long aggregateVersion) {}
