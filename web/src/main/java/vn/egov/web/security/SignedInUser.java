package vn.egov.web.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person signed in, as the ID token describes them: what the pages greet, prefill and decide by.
 *
 * @param username the account ({@code preferred_username})
 * @param name the full name, as the identity provider knows it
 * @param roles {@code CITIZEN}, {@code OFFICER}, {@code ADMIN}
 * @param agency the officer's agency code; null for others
 */
public record SignedInUser(String username, String name, List<String> roles, @Nullable String agency) {

    public boolean isCitizen() {
        return roles.contains("CITIZEN");
    }

    public boolean isOfficer() {
        return roles.contains("OFFICER");
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }
}
