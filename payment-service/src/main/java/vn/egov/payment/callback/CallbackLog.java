package vn.egov.payment.callback;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.ProviderResult;

/** Every callback as it arrived, and what became of it: the evidence for reconciliation and for officers. */
@Component
public class CallbackLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CallbackLog(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Keeps the callback exactly as it arrived, with what was made of it, in the caller's transaction: the one of the
     * change it caused, or one of its own when nothing changed.
     */
    void record(
            InboundCallback callback,
            UUID paymentId,
            ProviderResult result,
            CallbackHandling handling,
            String verdict,
            int replyStatus) {
        jdbc.update(
                """
                insert into payment_callback (id, provider, kind, received_at, remote_address, content_type, query, body,
                                              payment_id, provider_order_id, amount, transaction_id, handling, verdict,
                                              reply_status)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                UUID.randomUUID(),
                callback.provider(),
                callback.kind(),
                Timestamp.from(callback.receivedAt()),
                callback.remoteAddress(),
                callback.contentType(),
                json.writeValueAsString(callback.query()),
                callback.bodyText(),
                paymentId,
                result == null ? null : result.providerOrderId(),
                result == null ? null : result.amount(),
                result == null ? null : result.transactionId(),
                handling.name(),
                verdict,
                replyStatus);
    }

    /** The callbacks of a payment, oldest first. */
    public List<LoggedCallback> ofPayment(UUID paymentId) {
        return jdbc.query(
                """
                select id, provider, kind, received_at, body, query::text as query, handling, verdict, reply_status
                from payment_callback where payment_id = ? order by received_at, id
                """,
                (rs, n) -> new LoggedCallback(
                        rs.getObject("id", UUID.class),
                        rs.getString("provider"),
                        rs.getString("kind"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("body"),
                        rs.getString("query"),
                        rs.getString("handling"),
                        rs.getString("verdict"),
                        (Integer) rs.getObject("reply_status")),
                paymentId);
    }

    /**
     * A callback as kept.
     *
     * @param query the query parameters as JSON
     * @param handling a {@link CallbackHandling} name, or null while it is being handled (or when handling crashed)
     */
    public record LoggedCallback(
            UUID id,
            String provider,
            String kind,
            java.time.Instant receivedAt,
            String body,
            String query,
            String handling,
            String verdict,
            Integer replyStatus) {}
}
