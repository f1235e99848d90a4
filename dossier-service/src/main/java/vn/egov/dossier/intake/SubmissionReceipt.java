package vn.egov.dossier.intake;

import java.time.Instant;
import java.time.LocalDate;
import vn.egov.dossier.dossier.Delivery;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierStatus;

/**
 * What a submission answered. Kept with the idempotency key so that a retried request gets exactly the same answer,
 * even after the dossier moved on.
 *
 * @param dueDate null: the legal clock starts on acceptance
 */
public record SubmissionReceipt(
        String code,
        DossierStatus status,
        String procedureCode,
        String procedureName,
        String agencyCode,
        String agencyName,
        Delivery delivery,
        long feeTotal,
        int processingDays,
        Instant submittedAt,
        LocalDate dueDate) {

    static SubmissionReceipt of(Dossier dossier) {
        return new SubmissionReceipt(
                dossier.code().value(),
                dossier.status(),
                dossier.procedure().code(),
                dossier.procedure().name(),
                dossier.procedure().agencyCode(),
                dossier.procedure().agencyName(),
                dossier.delivery(),
                dossier.procedure().feeTotal(),
                dossier.procedure().processingDaysFor(dossier.channel()),
                dossier.submittedAt(),
                dossier.dueDate());
    }
}
