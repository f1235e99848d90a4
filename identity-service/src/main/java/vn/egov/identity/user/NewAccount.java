package vn.egov.identity.user;

import java.util.List;
import java.util.Set;

/**
 * An account to open: by an administrator through the API, or from configuration (the demo accounts and any extra
 * ones the local stack or a test names under {@code egov.identity.users[...]}).
 *
 * @param username the sign-in name (case-insensitive, kept lower-case), also the token subject
 * @param password the initial password in plain text, or already encoded with its scheme prefix such as
 *     {@code {argon2}...} (configuration only)
 * @param roles at least one role; {@link Role#SERVICE} is reserved for clients
 * @param agency the electronic identification code of the officer's agency, required for officers
 * @param name the full name shown to people and put in the {@code name} claim
 * @param phone the mobile number, optional
 * @param email the e-mail address, optional; officers get their morning digest of due dossiers there
 */
public record NewAccount(
        String username, String password, List<Role> roles, String agency, String name, String phone, String email) {

    public NewAccount {
        username = new Username(username).value();
        if (password == null || password.isBlank()) {
            throw invalid("missing-password", "Account " + username + " needs a password");
        }
        if (name == null || name.isBlank()) {
            throw invalid("missing-name", "Account " + username + " needs a name");
        }
        name = name.strip();
        roles = roles == null
                ? List.of()
                : List.copyOf(Set.copyOf(roles)).stream().sorted().toList();
        agency = blankToNull(agency);
        phone = blankToNull(phone);
        email = blankToNull(email);
        UserAccount.checkRolesAndAgency(username, roles, agency);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw invalid("invalid-email", "Account " + username + " has an invalid e-mail address");
        }
    }

    static AccountProblem invalid(String slug, String detail) {
        return new AccountProblem(AccountProblem.Kind.INVALID, slug, detail);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
