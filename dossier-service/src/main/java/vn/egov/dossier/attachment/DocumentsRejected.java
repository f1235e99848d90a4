package vn.egov.dossier.attachment;

import java.util.List;
import java.util.Map;
import vn.egov.servicedefaults.problem.DomainProblem;

/**
 * The documents of a submission do not satisfy the procedure: required ones are {@code missing}, or {@code errors}
 * names each reference that is not a file the submitter uploaded for it.
 */
public class DocumentsRejected extends DomainProblem {

    DocumentsRejected(List<String> missing, List<Map<String, String>> errors) {
        super(
                Kind.INVALID,
                missing.isEmpty() ? "invalid-documents" : "missing-documents",
                missing.isEmpty()
                        ? "Some documents do not refer to a file you uploaded for them"
                        : "Required documents are missing: " + String.join(", ", missing));
        with("missing", missing).with("errors", errors);
    }
}
