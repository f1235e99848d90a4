package vn.egov.dossier.intake;

import java.util.Objects;

/**
 * An {@code Idempotency-Key} as {@link SubmissionKeys} keeps it: whose key it is, the key, and the fingerprint of the
 * request that came with it.
 *
 * @param keeper whose keys these are: the citizen, or the counter officer's keeper ({@code counter:<officer>})
 * @param idempotencyKey the client's key
 * @param requestHash the request's {@link Submission#fingerprint()}
 */
record SubmissionKey(String keeper, String idempotencyKey, String requestHash) {

    SubmissionKey {
        Objects.requireNonNull(keeper, "keeper");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(requestHash, "requestHash");
    }

    /** The key of {@code keeper} for {@code submission}. */
    static SubmissionKey of(String keeper, String idempotencyKey, Submission submission) {
        return new SubmissionKey(keeper, idempotencyKey, submission.fingerprint());
    }
}
