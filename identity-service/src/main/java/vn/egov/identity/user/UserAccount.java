package vn.egov.identity.user;

import java.util.List;

/**
 * A person who can sign in, as configured under {@code egov.identity.users[...]}.
 *
 * @param username the sign-in name, also the token subject and {@code preferred_username}
 * @param password the password, either plain (encoded at start-up) or already encoded with its scheme prefix, such
 *     as {@code {bcrypt}...}
 * @param roles at least one role; {@link Role#SERVICE} is reserved for clients
 * @param agency the electronic identification code of the officer's agency, required for officers
 * @param name the full name shown to people and put in the {@code name} claim
 * @param phone the mobile number, optional
 * @param email the e-mail address, optional; officers get their morning digest of due dossiers there
 */
public record UserAccount(
        String username, String password, List<Role> roles, String agency, String name, String phone, String email) {

    public UserAccount {
        require(username, "username");
        require(password, "password");
        require(name, "name");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("User " + username + " needs at least one role");
        }
        roles = List.copyOf(roles);
        if (roles.contains(Role.SERVICE)) {
            throw new IllegalArgumentException("User " + username + " cannot have the SERVICE role: it is for clients");
        }
        agency = blankToNull(agency);
        phone = blankToNull(phone);
        email = blankToNull(email);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("User " + username + " has an invalid e-mail address");
        }
        if (roles.contains(Role.OFFICER) && agency == null) {
            // Services filter an officer's dossiers by this claim; an officer without it would see nothing.
            throw new IllegalArgumentException("Officer " + username + " needs an agency code");
        }
    }

    public boolean isOfficer() {
        return roles.contains(Role.OFFICER);
    }

    /** The user's roles as the strings that go into the {@code roles} claim. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A configured user lacks a " + field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
