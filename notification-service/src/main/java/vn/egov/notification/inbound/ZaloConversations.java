package vn.egov.notification.inbound;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each Zalo user's conversation state ({@code zalo_conversation}). */
@Component
class ZaloConversations {

    /** Forgotten after this long without a message: a look-up half done yesterday does not linger. */
    static final Duration STALE = Duration.ofMinutes(30);

    /**
     * @param dossierCode the code given for a look-up, or {@code null}
     * @param phone the phone given for a look-up (84xxxxxxxxx), or {@code null}
     * @param awaiting {@code CODE}, {@code PHONE} or {@code null}
     * @param assistantConversationId the assistant's conversation, or {@code null}
     */
    record State(String dossierCode, String phone, String awaiting, String assistantConversationId) {
        static final State EMPTY = new State(null, null, null, null);

        State clearLookUp() {
            return new State(null, null, null, assistantConversationId);
        }
    }

    private final JdbcTemplate jdbc;

    ZaloConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    State load(String userId, Instant now) {
        List<State> found = jdbc.query(
                """
                select dossier_code, phone, awaiting, assistant_conversation_id from zalo_conversation
                where user_id = ? and updated_at > ?
                """,
                (rows, i) -> new State(
                        rows.getString("dossier_code"),
                        rows.getString("phone"),
                        rows.getString("awaiting"),
                        rows.getString("assistant_conversation_id")),
                userId,
                Timestamp.from(now.minus(STALE)));
        return found.isEmpty() ? State.EMPTY : found.get(0);
    }

    void save(String userId, State state, Instant now) {
        jdbc.update(
                """
                insert into zalo_conversation
                    (user_id, dossier_code, phone, awaiting, assistant_conversation_id, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set dossier_code = excluded.dossier_code, phone = excluded.phone,
                    awaiting = excluded.awaiting, assistant_conversation_id = excluded.assistant_conversation_id,
                    updated_at = excluded.updated_at
                """,
                userId,
                state.dossierCode(),
                state.phone(),
                state.awaiting(),
                state.assistantConversationId(),
                Timestamp.from(now));
    }
}
