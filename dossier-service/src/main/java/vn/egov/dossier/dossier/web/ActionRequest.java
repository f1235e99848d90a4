package vn.egov.dossier.dossier.web;

import java.util.List;

/**
 * Optional body of a workflow action.
 *
 * @param reason why (refuse, stop, withdraw)
 * @param missing what the applicant must supply (request-supplement)
 */
record ActionRequest(String reason, List<String> missing) {

    /** The text the history records: the reason, followed by the missing items when there are any. */
    String reasonText() {
        String joined = missing == null || missing.isEmpty() ? null : String.join("; ", missing);
        if (reason == null || reason.isBlank()) {
            return joined;
        }
        return joined == null ? reason.strip() : reason.strip() + ": " + joined;
    }
}
