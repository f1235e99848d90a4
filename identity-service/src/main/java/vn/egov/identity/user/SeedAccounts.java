package vn.egov.identity.user;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the configured accounts that the database lacks at every start (see {@link UserProperties}). Idempotent and
 * safe with several instances starting at once; an account that exists is left as it is.
 */
@Component
class SeedAccounts implements ApplicationRunner {

    private final UserProperties properties;
    private final Users users;
    private final AccountAudit audit;
    private final PasswordEncoder passwords;
    private final Clock clock;

    SeedAccounts(UserProperties properties, Users users, AccountAudit audit, PasswordEncoder passwords, Clock clock) {
        this.properties = properties;
        this.users = users;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        for (NewAccount account : properties.accountsToSeed()) {
            if (users.find(account.username()).isPresent()) {
                continue;
            }
            String hash =
                    account.password().startsWith("{") ? account.password() : passwords.encode(account.password());
            if (users.insertIfAbsent(account, hash, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
                audit.record(
                        account.username(),
                        AuditAction.CREATED,
                        AccountAudit.SYSTEM,
                        "seeded: " + CreateAccount.describe(account));
            }
        }
    }
}
