package vn.egov.dossier.dossier.web;

import java.util.List;
import vn.egov.dossier.result.ResultChoice;

/**
 * Optional body of a workflow action.
 *
 * @param reason why (refuse, stop, withdraw)
 * @param missing what the applicant must supply (request-supplement)
 * @param result what approve issues: {@code {"attachmentId": ...}} for an uploaded file; absent to generate it
 */
record ActionRequest(String reason, List<String> missing, ResultChoice result) {

    /** The text the history records: the reason, followed by the missing items when there are any. */
    String reasonText() {
        String joined = missing == null || missing.isEmpty() ? null : String.join("; ", missing);
        if (reason == null || reason.isBlank()) {
            return joined;
        }
        return joined == null ? reason.strip() : reason.strip() + ": " + joined;
    }
}
