package vn.egov.dossier.intake;

import vn.egov.servicedefaults.problem.DomainProblem;

/** Another request holds the Idempotency-Key and has no receipt yet. */
public class SubmissionInProgress extends DomainProblem {

    SubmissionInProgress() {
        super(Kind.CONFLICT, "submission-in-progress", "A submission with this Idempotency-Key is in progress");
    }
}
