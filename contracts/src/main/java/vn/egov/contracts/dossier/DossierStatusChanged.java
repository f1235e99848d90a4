package vn.egov.contracts.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Data of every dossier transition after submission ({@code vn.egov.dossier.accepted}, {@code ...not-accepted},
 * {@code ...supplement-requested}, {@code ...supplemented}, {@code ...processing-started}, {@code ...payment-requested},
 * {@code ...processed}, {@code ...result-returned}, {@code ...withdrawn}, {@code ...stopped}). Thin: no personal data.
 *
 * @param dossierCode {@code <agency code>-<YYMMDD>-<sequence>}
 * @param procedureCode national procedure code
 * @param agencyCode competent agency
 * @param agencyLevel CITY, DISTRICT, COMMUNE or CENTRAL
 * @param channel ONLINE or COUNTER
 * @param status status after the transition
 * @param statusCode the national portal's numeric code of {@code status}
 * @param previousStatus status before the transition
 * @param reason why, for refusals, supplement requests, withdrawals and stops (officer's text, no personal data); null
 *     otherwise
 * @param dueDate the legal due date once the dossier was accepted; null before
 * @param occurredAt when the transition happened
 * @param aggregateVersion version of the dossier after this event; consumers drop older ones
 */
public record DossierStatusChanged(
        String dossierCode,
        String procedureCode,
        String agencyCode,
        String agencyLevel,
        String channel,
        String status,
        int statusCode,
        String previousStatus,
        String reason,
        LocalDate dueDate,
        OffsetDateTime occurredAt,
        long aggregateVersion) {}
