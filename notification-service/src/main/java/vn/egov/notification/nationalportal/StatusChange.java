package vn.egov.notification.nationalportal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One dossier status change as the national portal sync needs it, read from a dossier event: no personal data.
 *
 * @param eventId the CloudEvents id, the key that makes the push happen once
 * @param eventType the CloudEvents type
 * @param dossierCode {@code MaHoSo}
 * @param procedureCode national procedure code ({@code MaTTHC})
 * @param agencyCode competent agency ({@code DonViXuLy})
 * @param online submitted online (else at the counter)
 * @param status status name after the change
 * @param statusCode the national portal's code of {@code status}, 1 to 10
 * @param dueDate the legal due date when the event states it
 * @param occurredAt when the change happened
 * @param version the dossier's aggregate version after the change; orders changes
 */
public record StatusChange(
        String eventId,
        String eventType,
        String dossierCode,
        String procedureCode,
        String agencyCode,
        boolean online,
        String status,
        int statusCode,
        LocalDate dueDate,
        OffsetDateTime occurredAt,
        long version) {

    /** Codes after which the agency's handling is over: not accepted, withdrawn, stopped, processed. */
    private static final Set<Integer> HANDLING_ENDED = Set.of(3, 7, 8, 9);

    /** {@code RESULT_RETURNED}. */
    private static final int RESULT_RETURNED = 10;

    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (statusCode < 1 || statusCode > 10) {
            throw new IllegalArgumentException("status code " + statusCode + " is not one of the portal's 1 to 10");
        }
    }

    /** Whether this change is the dossier's reception (its first event). */
    boolean isReception() {
        return eventType.endsWith(".submitted");
    }

    /** Whether the agency's handling ended with this change ({@code NgayKetThucXuLy}). */
    boolean endsHandling() {
        return HANDLING_ENDED.contains(statusCode);
    }

    /** Whether the result went to the applicant with this change ({@code NgayTra}). */
    boolean returnsResult() {
        return statusCode == RESULT_RETURNED;
    }
}
