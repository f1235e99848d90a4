package vn.egov.dossier.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.servicedefaults.problem.IdempotencyKeyReused;

/**
 * Idempotency keys of submissions, per citizen: the hash of the request and the receipt it got. A key reused with the
 * same request replays the receipt; reused with another request it is refused ({@link IdempotencyKeyReused}), since the client has a bug.
 */
@Component
class SubmissionKeys {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SubmissionKeys(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The receipt of an earlier submission with this key, if it was completed. */
    Optional<SubmissionReceipt> replay(SubmissionKey key) {
        List<Earlier> earlier = jdbc.query(
                "select request_hash, receipt from submission_key where owner_subject = ? and idempotency_key = ?",
                (rs, n) -> new Earlier(rs.getString("request_hash"), rs.getString("receipt")),
                key.keeper(),
                key.idempotencyKey());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get(0).requestHash().equals(key.requestHash())) {
            throw new IdempotencyKeyReused();
        }
        return Optional.ofNullable(earlier.get(0).receipt()).map(text -> json.readValue(text, SubmissionReceipt.class));
    }

    /**
     * Claims the key in the current transaction, together with the receipt of the submission this transaction is about
     * to store, or, when another request holds the key, marks the transaction for rollback and returns that request's
     * receipt. A request holding the key in a transaction not yet committed makes this wait for it (the key is
     * unique), so a committed holder always has its receipt.
     *
     * @return empty when this request now owns the key and its receipt is remembered
     * @throws SubmissionInProgress when the holder has no receipt (not written since receipts come with the claim)
     */
    Optional<SubmissionReceipt> claimOrReplay(TransactionStatus tx, SubmissionKey key, SubmissionReceipt receipt) {
        int claimed = jdbc.update(
                """
                insert into submission_key (owner_subject, idempotency_key, request_hash, receipt)
                values (?, ?, ?, ?) on conflict do nothing
                """,
                key.keeper(),
                key.idempotencyKey(),
                key.requestHash(),
                json.writeValueAsString(receipt));
        if (claimed == 1) {
            return Optional.empty();
        }
        tx.setRollbackOnly();
        return Optional.of(replay(key).orElseThrow(SubmissionInProgress::new));
    }

    private record Earlier(String requestHash, String receipt) {}
}
