package vn.egov.identity.user;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator disables an account: it can no longer sign in, and the provider issues it no more tokens, not
 * even from a session it still has. Access tokens already issued stay valid until they expire (15 minutes by
 * default): resource servers only check signatures. Disabling a disabled account changes nothing.
 */
@Component
public class DisableAccount {

    private final Users users;
    private final AccountAudit audit;
    private final Clock clock;

    DisableAccount(Users users, AccountAudit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserAccount disable(Username username, String admin) {
        UserAccount account = users.find(username).orElseThrow(() -> AccountProblem.notFound(username));
        if (account.enabled()) {
            users.setEnabled(username, false, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            audit.record(username.value(), AuditAction.DISABLED, admin, null);
        }
        return users.find(username).orElseThrow();
    }
}
