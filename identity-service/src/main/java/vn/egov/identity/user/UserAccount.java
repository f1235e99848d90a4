package vn.egov.identity.user;

import java.time.Instant;
import java.util.List;
import vn.egov.contracts.codes.AgencyCode;

/**
 * An account as stored: who the person is, what they may do, and the state of their sign-ins. Never leaves the
 * service with its password hash: the web layer shows a view without it.
 *
 * @param username the sign-in name, lower-case; the token subject
 * @param passwordHash the password hash with its scheme prefix, e.g. {@code {argon2}$argon2id$...}
 * @param roles the roles, sorted
 * @param agency the officer's agency code, null for others
 * @param enabled false once an administrator disabled the account: it cannot sign in nor get tokens
 * @param failedAttempts consecutive failed sign-ins since the last success or lock-out
 * @param lockedUntil until when sign-ins are refused after too many failures; null when never locked
 */
public record UserAccount(
        String username,
        String name,
        String passwordHash,
        List<Role> roles,
        String agency,
        String phone,
        String email,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant createdAt,
        Instant updatedAt) {

    public UserAccount {
        roles = roles.stream().sorted().toList();
    }

    public boolean isOfficer() {
        return roles.contains(Role.OFFICER);
    }

    /** True while a lock-out lasts. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The roles as the strings that go into the {@code roles} claim. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }

    /** The rules every account keeps, on opening and on every change of its roles. */
    static void checkRolesAndAgency(String username, List<Role> roles, String agency) {
        if (roles.isEmpty()) {
            throw NewAccount.invalid("missing-roles", "Account " + username + " needs at least one role");
        }
        if (roles.contains(Role.SERVICE)) {
            throw NewAccount.invalid(
                    "service-role-reserved",
                    "Account " + username + " cannot have the SERVICE role: it is for clients");
        }
        if (agency != null && !AgencyCode.isValid(agency)) {
            throw NewAccount.invalid(
                    "invalid-agency-code", "Agency code " + agency + " is not of the form 000.00.15.H17");
        }
        if (roles.contains(Role.OFFICER) && agency == null) {
            // Services filter an officer's dossiers by this claim; an officer without it would see nothing.
            throw NewAccount.invalid("officer-without-agency", "Officer " + username + " needs an agency code");
        }
    }
}
