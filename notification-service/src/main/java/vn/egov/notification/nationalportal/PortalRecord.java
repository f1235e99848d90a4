package vn.egov.notification.nationalportal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dossier as the national portal's {@code DongBoHoSoMC} takes it. Only what the portal needs to follow the
 * dossier: no applicant's name, number, phone, e-mail or address (the portal marks those optional).
 *
 * @param updating false for the first record of a dossier the portal acknowledges ({@code isUpdating})
 */
record PortalRecord(
        String dossierCode,
        String procedureCode,
        String agencyCode,
        boolean online,
        int statusCode,
        Instant receivedAt,
        LocalDate dueDate,
        Instant finishedAt,
        Instant returnedAt,
        boolean updating) {

    static PortalRecord of(SyncedDossier dossier, StatusChange change) {
        return new PortalRecord(
                change.dossierCode(),
                change.procedureCode(),
                change.agencyCode(),
                change.online(),
                change.statusCode(),
                dossier.receivedAt() != null
                        ? dossier.receivedAt()
                        : change.occurredAt().toInstant(),
                change.dueDate() != null ? change.dueDate() : dossier.dueDate(),
                dossier.finishedAt(),
                dossier.returnedAt(),
                dossier.ackedVersion() != null);
    }
}
