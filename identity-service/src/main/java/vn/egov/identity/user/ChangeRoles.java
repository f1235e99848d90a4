package vn.egov.identity.user;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator replaces an account's roles and, for officers, its agency. The new roles reach tokens issued
 * from the next sign-in on; tokens already issued keep theirs until they expire.
 */
@Component
public class ChangeRoles {

    private final Users users;
    private final AccountAudit audit;
    private final Clock clock;

    ChangeRoles(Users users, AccountAudit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserAccount change(Username username, List<Role> roles, String admin) {
        UserAccount account = users.find(username).orElseThrow(() -> AccountProblem.notFound(username));
        List<Role> wanted = roles == null
                ? List.of()
                : List.copyOf(Set.copyOf(roles)).stream().sorted().toList();
        UserAccount.checkRolesAndAgency(username.value(), wanted, account.agency());
        if (!wanted.equals(account.roles())) {
            users.replaceRoles(username, wanted, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            audit.record(username.value(), AuditAction.ROLES_CHANGED, admin, account.roles() + " -> " + wanted);
        }
        return users.find(username).orElseThrow();
    }
}
