package vn.egov.dossier.dossier.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import vn.egov.dossier.dossier.DocumentReference;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.Money;
import vn.egov.dossier.result.ResultChoice;

/**
 * Optional body of a workflow action.
 *
 * @param reason why (refuse, stop, withdraw)
 * @param missing what the applicant must supply (request-supplement)
 * @param result what approve issues: {@code {"attachmentId": ...}} for an uploaded file; absent to generate it
 * @param amount what request-payment asks the applicant to pay, in whole VND; absent for the procedure's fee. Read as
 *     a decimal so that {@code 1.5} is refused rather than silently cut to 1
 * @param documents what supplement brings: {@code [{code, attachmentId}]}, files uploaded like a submission's
 */
record ActionRequest(
        String reason,
        List<String> missing,
        ResultChoice result,
        @Size(max = 50) List<SubmissionRequest.@NotNull @Valid DocumentRequest> documents,
        @Digits(integer = 10, fraction = 0, message = "must be a whole number of VND")
                @Positive(message = "must be more than 0")
                @DecimalMax(
                        value = "" + Dossier.MAX_REQUESTED_AMOUNT,
                        message = "must be at most " + Dossier.MAX_REQUESTED_AMOUNT + " VND")
                BigDecimal amount) {

    /** The documents a supplement brings; empty when none. */
    List<DocumentReference> documentReferences() {
        return documents == null
                ? List.of()
                : documents.stream()
                        .map(d -> new DocumentReference(d.code(), d.attachmentId()))
                        .toList();
    }

    /** The stated amount; null when none was stated. Call it on a validated request. */
    Money statedAmount() {
        return amount == null ? null : Money.vnd(amount.longValueExact());
    }

    /** The text the history records: the reason, followed by the missing items when there are any. */
    String reasonText() {
        String joined = missing == null || missing.isEmpty() ? null : String.join("; ", missing);
        if (reason == null || reason.isBlank()) {
            return joined;
        }
        return joined == null ? reason.strip() : reason.strip() + ": " + joined;
    }
}
