package vn.egov.contracts.dossier;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.dossier.submitted}: a dossier was received, online or at the counter. Thin by design: no
 * personal data; a consumer that needs contact details asks dossier-service.
 *
 * @param dossierCode {@code <agency code>-<YYMMDD>-<sequence>}
 * @param procedureCode national procedure code
 * @param procedureVersion version of the procedure rules the dossier is judged under
 * @param agencyCode competent agency
 * @param agencyLevel tier of the competent agency: CITY, DISTRICT, COMMUNE or CENTRAL
 * @param serviceLevel online service level of the procedure (1..4)
 * @param channel ONLINE or COUNTER
 * @param status status name, {@code NEW} for an online submission
 * @param statusCode the national portal's numeric status code
 * @param feeAmount fee in VND the dossier will owe (0 when free)
 * @param submittedAt when the dossier was received
 * @param aggregateVersion version of the dossier after this event; consumers drop older ones
 */
public record DossierSubmitted(
        String dossierCode,
        String procedureCode,
        int procedureVersion,
        String agencyCode,
        String agencyLevel,
        int serviceLevel,
        String channel,
        String status,
        int statusCode,
        long feeAmount,
        OffsetDateTime submittedAt,
        long aggregateVersion) {}
