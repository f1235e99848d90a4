package vn.egov.identity.user;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a user name and password, counting failures: after {@link LockoutProperties#maxAttempts()} wrong passwords
 * in a row the account is locked for {@link LockoutProperties#duration()}. A success starts the count again and
 * re-hashes the password when the stored hash is weaker than today's settings.
 *
 * <p>Whatever the reason (no such account, wrong password, locked, disabled) the caller learns only that the
 * sign-in was refused: telling "locked" apart would tell who has an account, and telling it apart only after a
 * right password would tell an attacker that the password is right. The reason is in the audit trail.
 */
@Component
public class SignIn {

    /** Hashed once, so that an unknown name costs as much time as a known one. */
    private final String unknownUserHash;

    private final Users users;
    private final AccountAudit audit;
    private final PasswordEncoder passwords;
    private final LockoutProperties lockout;
    private final Clock clock;

    SignIn(Users users, AccountAudit audit, PasswordEncoder passwords, LockoutProperties lockout, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.passwords = passwords;
        this.lockout = lockout;
        this.clock = clock;
        this.unknownUserHash = passwords.encode("no such user");
    }

    /** Thrown for every refused sign-in; its message is for logs only. */
    public static class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * The account that signs in.
     *
     * @throws Refused when the sign-in is refused, for whatever reason
     */
    @Transactional(noRollbackFor = Refused.class)
    public UserAccount check(String username, String password) {
        Optional<UserAccount> found = users.find(username);
        if (found.isEmpty()) {
            passwords.matches(password, unknownUserHash);
            throw new Refused("no such account");
        }
        UserAccount account = found.get();
        Username name = new Username(account.username());
        boolean matches = passwords.matches(password, account.passwordHash());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!account.enabled()) {
            audit.record(name.value(), AuditAction.SIGN_IN_REFUSED, name.value(), "disabled");
            throw new Refused("disabled");
        }
        if (account.isLockedAt(now)) {
            audit.record(
                    name.value(), AuditAction.SIGN_IN_REFUSED, name.value(), "locked until " + account.lockedUntil());
            throw new Refused("locked");
        }
        if (!matches) {
            Instant until = now.plus(lockout.duration());
            audit.record(name.value(), AuditAction.SIGN_IN_FAILED, name.value(), "wrong password");
            if (users.recordFailure(name, lockout.maxAttempts(), now, until)) {
                audit.record(
                        name.value(),
                        AuditAction.LOCKED_OUT,
                        AccountAudit.SYSTEM,
                        lockout.maxAttempts() + " failed sign-ins in a row; locked until " + until);
            }
            throw new Refused("wrong password");
        }
        String upgraded = passwords.upgradeEncoding(account.passwordHash()) ? passwords.encode(password) : null;
        users.recordSuccess(name, upgraded, now);
        return account;
    }
}
