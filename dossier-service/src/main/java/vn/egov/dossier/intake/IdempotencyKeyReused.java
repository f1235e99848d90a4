package vn.egov.dossier.intake;

import java.util.List;
import vn.egov.servicedefaults.problem.DomainProblem;
import vn.egov.servicedefaults.problem.InvalidFields;

/** An Idempotency-Key came again with another request: the client has a bug, and nothing is replayed. */
public class IdempotencyKeyReused extends DomainProblem {

    IdempotencyKeyReused() {
        super(
                Kind.UNPROCESSABLE,
                "idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was already used for a different request");
        with("errors", List.of(InvalidFields.error("Idempotency-Key", "already used")));
    }
}
