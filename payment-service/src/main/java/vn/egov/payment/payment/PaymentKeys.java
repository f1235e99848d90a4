package vn.egov.payment.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.problem.IdempotencyKeyReused;

/**
 * Idempotency keys of {@code POST /api/payments}, per citizen: the request's hash and the payment it started. A key
 * reused with the same request gives the same payment; with another request it is refused, since the client has a bug.
 */
@Component
class PaymentKeys {

    private final JdbcTemplate jdbc;

    PaymentKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return the payment an earlier request with this key started
     * @throws IdempotencyKeyReused when the key came with another request
     */
    Optional<UUID> earlier(String owner, String key, String requestHash) {
        List<Earlier> earlier = jdbc.query(
                "select request_hash, payment_id from payment_key where owner_subject = ? and idempotency_key = ?",
                (rs, n) -> new Earlier(rs.getString("request_hash"), rs.getObject("payment_id", UUID.class)),
                owner,
                key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get(0).requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReused();
        }
        return Optional.of(earlier.get(0).paymentId());
    }

    /** Claims the key for the payment, in the transaction that creates it; false when another request holds it. */
    boolean claim(String owner, String key, String requestHash, UUID paymentId) {
        return jdbc.update(
                        """
                        insert into payment_key (owner_subject, idempotency_key, request_hash, payment_id)
                        values (?, ?, ?, ?) on conflict do nothing
                        """,
                        owner,
                        key,
                        requestHash,
                        paymentId)
                == 1;
    }

    private record Earlier(String requestHash, UUID paymentId) {}
}
