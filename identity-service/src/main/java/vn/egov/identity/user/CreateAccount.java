package vn.egov.identity.user;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator opens an account (an officer of an agency, a citizen, another administrator). Idempotent: the
 * same request again finds the account it opened and answers the same; a different request for a taken name is a
 * conflict.
 */
@Component
public class CreateAccount {

    private final Users users;
    private final AccountAudit audit;
    private final PasswordEncoder passwords;
    private final Clock clock;

    CreateAccount(Users users, AccountAudit audit, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** What happened: the account, and whether this request opened it or only repeated an earlier one. */
    public record Outcome(UserAccount account, boolean created) {}

    @Transactional
    public Outcome create(NewAccount request, String admin) {
        Username username = new Username(request.username());
        // Hashing takes a while by design; do it before touching the row.
        String hash = passwords.encode(request.password());
        if (users.insertIfAbsent(request, hash, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            audit.record(username.value(), AuditAction.CREATED, admin, describe(request));
            return new Outcome(users.find(username).orElseThrow(), true);
        }
        UserAccount existing = users.find(username).orElseThrow();
        if (!sameAs(existing, request)) {
            throw new AccountProblem(
                    AccountProblem.Kind.CONFLICT,
                    "account-exists",
                    "Account " + username + " exists with other details");
        }
        return new Outcome(existing, false);
    }

    private boolean sameAs(UserAccount existing, NewAccount request) {
        return existing.name().equals(request.name())
                && existing.roles().equals(request.roles())
                && Objects.equals(existing.agency(), request.agency())
                && Objects.equals(existing.phone(), request.phone())
                && Objects.equals(existing.email(), request.email())
                && passwords.matches(request.password(), existing.passwordHash());
    }

    static String describe(NewAccount account) {
        return "roles " + account.roles() + (account.agency() == null ? "" : ", agency " + account.agency());
    }
}
