package vn.egov.servicedefaults.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the access token: the subject (user name or service client id), the roles, the officer's
 * agency code and the display name.
 */
public record CurrentUser(String subject, Set<Role> roles, Optional<String> agencyCode, String name) {

    /** The platform's roles, as the identity service puts them in the {@code roles} claim. */
    public enum Role {
        CITIZEN,
        OFFICER,
        ADMIN,
        SERVICE
    }

    public static CurrentUser from(Jwt jwt) {
        List<String> claimed = jwt.getClaimAsStringList("roles");
        Set<Role> roles = claimed == null
                ? Set.of()
                : claimed.stream()
                        .filter(r -> java.util.Arrays.stream(Role.values())
                                .anyMatch(known -> known.name().equals(r)))
                        .map(Role::valueOf)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        String name = jwt.getClaimAsString("name");
        return new CurrentUser(
                jwt.getSubject(),
                roles,
                Optional.ofNullable(jwt.getClaimAsString("agency")),
                name == null ? jwt.getSubject() : name);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for an officer of exactly this agency. */
    public boolean isOfficerOf(String agency) {
        return has(Role.OFFICER) && agencyCode.map(agency::equals).orElse(false);
    }
}
