package vn.egov.notification.inbound;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The inbound messages received, by channel and provider message id ({@code inbound_message}). */
@Component
class InboundMessages {

    enum Admission {
        /** First time seen, within the sender's limit: answer it. */
        ACCEPTED,
        /** Seen before: acknowledge, answer nothing. */
        DUPLICATE,
        /** Over the sender's limit: acknowledge, answer nothing. */
        RATE_LIMITED
    }

    private final JdbcTemplate jdbc;

    InboundMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a message and decides whether it is answered. Concurrent messages of one sender are serialised by a
     * transaction-scoped advisory lock, so a flood cannot slip past the limit.
     */
    Admission admit(
            String channel, String providerMessageId, String sender, Instant now, int maxPerSender, Duration window) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("admit an inbound message in a transaction");
        }
        jdbc.query(
                "select pg_advisory_xact_lock(hashtext(?))",
                (ResultSetExtractor<Void>) rows -> null,
                channel + ":" + sender);
        Integer seen = jdbc.queryForObject(
                "select count(*) from inbound_message where channel = ? and provider_message_id = ?",
                Integer.class,
                channel,
                providerMessageId);
        if (seen != null && seen > 0) {
            return Admission.DUPLICATE;
        }
        Integer answered = jdbc.queryForObject(
                """
                select count(*) from inbound_message
                where channel = ? and sender = ? and received_at > ? and outcome <> 'RATE_LIMITED'
                """,
                Integer.class,
                channel,
                sender,
                Timestamp.from(now.minus(window)));
        Admission admission =
                answered != null && answered >= maxPerSender ? Admission.RATE_LIMITED : Admission.ACCEPTED;
        jdbc.update(
                """
                insert into inbound_message (channel, provider_message_id, sender, received_at, outcome)
                values (?, ?, ?, ?, ?)
                """,
                channel,
                providerMessageId,
                sender,
                Timestamp.from(now),
                admission.name());
        return admission;
    }

    void answered(String channel, String providerMessageId) {
        jdbc.update(
                "update inbound_message set outcome = 'ANSWERED' where channel = ? and provider_message_id = ?",
                channel,
                providerMessageId);
    }
}
