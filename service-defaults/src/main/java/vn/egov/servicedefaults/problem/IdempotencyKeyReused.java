package vn.egov.servicedefaults.problem;

import java.util.List;

/**
 * An {@code Idempotency-Key} came again with another request (422): the client has a bug, and nothing is replayed. The
 * same answer in every service that takes the header.
 */
public class IdempotencyKeyReused extends DomainProblem {

    public IdempotencyKeyReused() {
        super(
                Kind.UNPROCESSABLE,
                "idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was already used for a different request");
        with("errors", List.of(InvalidFields.error("Idempotency-Key", "already used")));
    }
}
