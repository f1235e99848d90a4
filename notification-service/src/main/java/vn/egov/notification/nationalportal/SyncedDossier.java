package vn.egov.notification.nationalportal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the sync knows of one dossier: the dates the portal wants, the last status seen in the events and the last
 * one the portal acknowledged.
 *
 * @param receivedAt when the dossier was received (its submission), null until that event was seen
 * @param finishedAt when the agency's handling ended (not accepted, withdrawn, stopped or processed)
 * @param returnedAt when the result went to the applicant
 * @param ackedVersion the version of the last status the portal acknowledged; null when it has none
 */
record SyncedDossier(
        String dossierCode,
        String procedureCode,
        String agencyCode,
        boolean online,
        Instant receivedAt,
        Instant finishedAt,
        Instant returnedAt,
        LocalDate dueDate,
        String lastSeenEventId,
        long lastSeenVersion,
        String lastSeenStatus,
        int lastSeenStatusCode,
        Instant lastSeenAt,
        Long ackedVersion,
        String ackedStatus,
        Integer ackedStatusCode,
        Instant ackedAt) {

    /** Whether the portal already has this version of the dossier or a later one. */
    boolean portalHasAtLeast(long version) {
        return ackedVersion != null && ackedVersion >= version;
    }
}
