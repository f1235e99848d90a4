package vn.egov.webcore;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a token's issuer puts the platform's roles and an officer's agency, and how to read them into the claims
 * every service checks: {@value #ROLES} (a list of {@code CITIZEN}, {@code OFFICER}, {@code ADMIN}, {@code SERVICE})
 * and {@value #AGENCY} (the agency code). The built-in identity provider issues exactly those claims, so the default
 * mapping changes nothing; an external provider puts them elsewhere, for example Keycloak's realm roles in
 * {@code realm_access.roles} and an officer's agency in a user-attribute claim.
 *
 * <p>A path is a claim name, or names separated by dots into nested JSON objects. Roles are read as a list of strings
 * (or one string), upper-cased, and only the platform's four kept: Keycloak adds {@code offline_access} and others.
 * A token with no roles at the path gets {@code defaultRoles} (e.g. {@code CITIZEN} for a provider that signs in
 * citizens only, such as VNeID).
 *
 * <p>Resource servers apply it to a verified token's claims (service-defaults, the gateway), the web portal to the
 * ID token's.
 */
public final class PlatformClaimMapping {

    public static final String ROLES = "roles";
    public static final String AGENCY = "agency";

    private static final Set<String> PLATFORM_ROLES = Set.of("CITIZEN", "OFFICER", "ADMIN", "SERVICE");

    private final String rolesPath;
    private final String agencyPath;
    private final List<String> defaultRoles;

    private PlatformClaimMapping(String rolesPath, String agencyPath, List<String> defaultRoles) {
        this.rolesPath = blankTo(rolesPath, ROLES);
        this.agencyPath = blankTo(agencyPath, AGENCY);
        this.defaultRoles = defaultRoles == null
                ? List.of()
                : defaultRoles.stream()
                        .filter(Objects::nonNull)
                        .map(role -> role.strip().toUpperCase(Locale.ROOT))
                        .filter(PLATFORM_ROLES::contains)
                        .distinct()
                        .toList();
    }

    /**
     * @param rolesPath where the roles are; {@value #ROLES} when blank
     * @param agencyPath where the agency code is; {@value #AGENCY} when blank
     * @param defaultRoles the roles of a token that has none at {@code rolesPath}; none when null
     */
    public static PlatformClaimMapping of(String rolesPath, String agencyPath, List<String> defaultRoles) {
        return new PlatformClaimMapping(rolesPath, agencyPath, defaultRoles);
    }

    /** The built-in provider's claims, taken as they are. */
    public static PlatformClaimMapping platformDefaults() {
        return of(ROLES, AGENCY, List.of());
    }

    /** True when this mapping changes nothing: the issuer is the platform's own or speaks its claims. */
    public boolean isIdentity() {
        return rolesPath.equals(ROLES) && agencyPath.equals(AGENCY) && defaultRoles.isEmpty();
    }

    /**
     * The claims with {@value #ROLES} and {@value #AGENCY} read from where this mapping says. The other claims are
     * kept as they are; a {@value #ROLES} or {@value #AGENCY} claim the issuer sent at the top level is replaced, so
     * that a token cannot claim a role outside the configured place.
     */
    public Map<String, Object> apply(Map<String, Object> claims) {
        if (isIdentity()) {
            return claims;
        }
        Map<String, Object> mapped = new LinkedHashMap<>(claims);
        List<String> roles = roles(at(claims, rolesPath));
        mapped.put(ROLES, roles.isEmpty() ? defaultRoles : roles);
        Object agency = at(claims, agencyPath);
        if (agency instanceof String code && !code.isBlank()) {
            mapped.put(AGENCY, code.strip());
        } else {
            mapped.remove(AGENCY);
        }
        return mapped;
    }

    private static List<String> roles(Object value) {
        Collection<?> values;
        if (value instanceof Collection<?> collection) {
            values = collection;
        } else if (value instanceof String one) {
            values = List.of(one);
        } else {
            return List.of();
        }
        return values.stream()
                .filter(String.class::isInstance)
                .map(role -> ((String) role).strip().toUpperCase(Locale.ROOT))
                .filter(PLATFORM_ROLES::contains)
                .distinct()
                .toList();
    }

    private static Object at(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String name : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(name);
        }
        return current;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
