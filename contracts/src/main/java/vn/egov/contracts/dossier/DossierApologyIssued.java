package vn.egov.contracts.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.egov.dossier.apology-issued}: the agency issued form 04 ("Phiếu xin lỗi và hẹn lại ngày trả kết
 * quả") for a dossier it cannot finish by its due date, with a new appointment. notification-service sends it to the
 * applicant. Thin: no personal data.
 *
 * @param dossierCode {@code <agency code>-<YYMMDD>-<sequence>}
 * @param procedureCode national procedure code
 * @param agencyCode competent agency
 * @param agencyLevel CITY, DISTRICT, COMMUNE or CENTRAL
 * @param dueDate the legal due date, which stays the measure of lateness
 * @param newDueDate the date the agency now promises the result for
 * @param reason why the dossier is late (officer's text, no personal data)
 * @param issuedAt when the apology was issued
 * @param aggregateVersion version of the dossier after this event
 */
public record DossierApologyIssued(
        String dossierCode,
        String procedureCode,
        String agencyCode,
        String agencyLevel,
        LocalDate dueDate,
        LocalDate newDueDate,
        String reason,
        OffsetDateTime issuedAt,
        long aggregateVersion) {}
