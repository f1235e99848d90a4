package vn.egov.identity.user;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An administrator enables a disabled account again. Enabling an enabled account changes nothing. */
@Component
public class EnableAccount {

    private final Users users;
    private final AccountAudit audit;
    private final Clock clock;

    EnableAccount(Users users, AccountAudit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserAccount enable(Username username, String admin) {
        UserAccount account = users.find(username).orElseThrow(() -> AccountProblem.notFound(username));
        if (!account.enabled()) {
            users.setEnabled(username, true, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            audit.record(username.value(), AuditAction.ENABLED, admin, null);
        }
        return users.find(username).orElseThrow();
    }
}
