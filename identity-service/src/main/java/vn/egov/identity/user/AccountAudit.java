package vn.egov.identity.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of the accounts (table {@code account_audit}): every administration, failed sign-in and lock-out,
 * with who did it and the correlation id of the request. Written in the transaction of the change it records.
 */
@Component
public class AccountAudit {

    /** The actor of what the provider does by itself: seeding accounts, locking them out. */
    public static final String SYSTEM = "system";

    /** The MDC key the correlation id of the current request is under. */
    public static final String CORRELATION_ID = "correlationId";

    private static final Logger log = LoggerFactory.getLogger(AccountAudit.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String username, AuditAction action, String actor, String detail) {
        String correlationId = MDC.get(CORRELATION_ID);
        log.info("account {} {} by {}: {}", username, action, actor, detail);
        jdbc.sql(
                        """
                        insert into account_audit (username, action, actor, detail, correlation_id, occurred_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(username, action.name(), actor, detail, correlationId, Timestamp.from(clock.instant()))
                .update();
    }

    /** The trail of one account, newest first. */
    public List<AuditEntry> of(Username username, int offset, int limit) {
        return jdbc.sql(
                        """
                        select username, action, actor, detail, correlation_id, occurred_at from account_audit
                        where username = ? order by occurred_at desc, id desc offset ? limit ?""")
                .params(username.value(), offset, limit)
                .query((rs, row) -> new AuditEntry(
                        rs.getString("username"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("actor"),
                        rs.getString("detail"),
                        rs.getString("correlation_id"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    public long count(Username username) {
        return jdbc.sql("select count(*) from account_audit where username = ?")
                .param(username.value())
                .query(Long.class)
                .single();
    }
}
