package vn.egov.dossier.dossier.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
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
 */
record ActionRequest(
        String reason,
        List<String> missing,
        ResultChoice result,
        @Digits(integer = 10, fraction = 0, message = "must be a whole number of VND")
                @Positive(message = "must be more than 0")
                @DecimalMax(
                        value = "" + Dossier.MAX_REQUESTED_AMOUNT,
                        message = "must be at most " + Dossier.MAX_REQUESTED_AMOUNT + " VND")
                BigDecimal amount) {

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
