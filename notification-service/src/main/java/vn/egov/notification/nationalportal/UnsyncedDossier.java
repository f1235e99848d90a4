package vn.egov.notification.nationalportal;

import java.time.Instant;

/**
 * A dossier whose last status (seen in the dossier events) the national portal does not have, and why.
 *
 * @param lastStatus the status the dossier is in, as the events last said
 * @param lastStatusCode its portal code
 * @param lastStatusAt when the dossier reached it
 * @param portalStatusCode the status code the portal last acknowledged; null when it has none of the dossier
 * @param portalAcknowledgedAt when it acknowledged that
 * @param reason where the push of the last status stands
 * @param attempts attempts to push the last status
 * @param error the portal's refusal, or why it could not be reached, on the last attempt
 */
public record UnsyncedDossier(
        String dossierCode,
        String procedureCode,
        String agencyCode,
        String lastStatus,
        int lastStatusCode,
        Instant lastStatusAt,
        Integer portalStatusCode,
        Instant portalAcknowledgedAt,
        Reason reason,
        int attempts,
        String error) {

    /** Where the push of a dossier's last status stands. */
    public enum Reason {
        /** Being pushed now. */
        PENDING,
        /** The portal was unavailable; the consumer tries again after a pause. */
        PENDING_RETRY,
        /** The portal refused it (see {@code error}); dead-lettered at once. */
        REFUSED,
        /** The portal stayed unavailable through every retry; dead-lettered. */
        DEAD_LETTERED
    }
}
