package vn.egov.payment.refund;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** All refunds; at most one per payment, for its whole amount. */
@Component
public class Refunds {

    private static final RowMapper<RefundView> ROW = (rs, n) -> new RefundView(
            rs.getObject("id", UUID.class),
            rs.getObject("payment_id", UUID.class),
            rs.getString("refund_order_id"),
            rs.getLong("amount"),
            rs.getString("status"),
            rs.getString("reason"),
            rs.getString("requested_by"),
            rs.getString("provider_transaction_id"),
            rs.getString("provider_message"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("finished_at") == null
                    ? null
                    : rs.getTimestamp("finished_at").toInstant());

    private final JdbcTemplate jdbc;

    Refunds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a refund to submit; false when the payment has one already. */
    boolean add(UUID paymentId, String refundOrderId, long amount, String reason, String requestedBy, Instant at) {
        return jdbc.update(
                        """
                        insert into refund (id, payment_id, refund_order_id, amount, status, reason, requested_by, created_at)
                        values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) on conflict (payment_id) do nothing
                        """,
                        UUID.randomUUID(),
                        paymentId,
                        refundOrderId,
                        amount,
                        reason,
                        requestedBy,
                        Timestamp.from(at))
                == 1;
    }

    public Optional<RefundView> ofPayment(UUID paymentId) {
        return jdbc.query("select * from refund where payment_id = ?", ROW, paymentId).stream()
                .findFirst();
    }

    /** Up to {@code limit} refunds waiting for the partner, locked; those another instance holds are skipped. */
    List<RefundView> lockSubmitted(int limit) {
        return jdbc.query(
                "select * from refund where status = 'SUBMITTED' order by created_at limit ? for update skip locked",
                ROW,
                limit);
    }

    void finish(UUID id, boolean succeeded, String transactionId, String message, Instant at) {
        jdbc.update(
                """
                update refund set status = ?, provider_transaction_id = ?, provider_message = ?, finished_at = ?,
                       version = version + 1
                where id = ? and status = 'SUBMITTED'
                """,
                succeeded ? "SUCCESS" : "ERROR",
                transactionId,
                message,
                Timestamp.from(at),
                id);
    }

    void note(UUID id, String message) {
        jdbc.update("update refund set provider_message = ? where id = ?", message, id);
    }

    /** Payments that ended without success but whose money arrived anyway, with no refund yet. */
    /** Remembers that a dossier ended in a status whose paid fee goes back; the first announcement counts. */
    void dossierEnded(String dossierCode, String status, Instant at) {
        jdbc.update(
                "insert into ended_dossier (dossier_code, status, ended_at) values (?, ?, ?) on conflict do nothing",
                dossierCode,
                status,
                Timestamp.from(at));
    }

    /**
     * Successful payments of dossiers that ended since {@code since} (before or after the payment), not refunded yet.
     * A payment still open when its dossier ends is decided within minutes (it expires after 15 by default), so only
     * recent endings are looked at.
     */
    List<PaidAfterEnding> paidForEndedDossiersWithoutRefund(Instant since, int limit) {
        return jdbc.query(
                """
                select p.id, e.dossier_code, e.status from ended_dossier e
                join payment p on p.dossier_code = e.dossier_code and p.status = 'SUCCESS'
                left join refund r on r.payment_id = p.id
                where e.ended_at > ? and r.id is null
                limit ?
                """,
                (rs, n) -> new PaidAfterEnding(
                        rs.getObject("id", UUID.class), rs.getString("dossier_code"), rs.getString("status")),
                Timestamp.from(since),
                limit);
    }

    record PaidAfterEnding(UUID paymentId, String dossierCode, String status) {}

    List<UUID> lateMoneyWithoutRefund(int limit) {
        return jdbc.queryForList(
                """
                select p.id from payment p left join refund r on r.payment_id = p.id
                where p.status in ('FAILED', 'ERROR') and p.provider_transaction_id is not null and r.id is null
                limit ?
                """,
                UUID.class,
                limit);
    }
}
