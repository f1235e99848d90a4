package vn.egov.webcore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformClaimMappingTest {

    @Test
    void theBuiltInProvidersClaimsAreTakenAsTheyAre() {
        Map<String, Object> claims = Map.of("sub", "officer", "roles", List.of("OFFICER"), "agency", "000.00.15.H17");

        assertThat(PlatformClaimMapping.platformDefaults().apply(claims)).isSameAs(claims);
        assertThat(PlatformClaimMapping.of(" ", null, null).isIdentity()).isTrue();
    }

    @Test
    void keycloakRealmRolesAndAnAttributeClaimBecomeThePlatformsClaims() {
        Map<String, Object> keycloak = Map.of(
                "sub",
                "f3a1",
                "realm_access",
                Map.of("roles", List.of("officer", "offline_access", "uma_authorization")),
                "agency_code",
                "000.00.41.H17");

        Map<String, Object> mapped = PlatformClaimMapping.of("realm_access.roles", "agency_code", null)
                .apply(keycloak);

        assertThat(mapped)
                .containsEntry("roles", List.of("OFFICER"))
                .containsEntry("agency", "000.00.41.H17")
                .containsEntry("sub", "f3a1");
    }

    @Test
    void rolesClaimedAtTheTopLevelDoNotCountWhenTheyAreConfiguredElsewhere() {
        Map<String, Object> forged = Map.of("roles", List.of("ADMIN"), "agency", "000.00.15.H17");

        Map<String, Object> mapped = PlatformClaimMapping.of("realm_access.roles", "org.agency", null)
                .apply(forged);

        assertThat(mapped).containsEntry("roles", List.of()).doesNotContainKey("agency");
    }

    @Test
    void aProviderOfCitizensOnlyGetsDefaultRoles() {
        Map<String, Object> vneid = Map.of("sub", "048090001234", "name", "Nguyễn Văn An");

        Map<String, Object> mapped =
                PlatformClaimMapping.of("roles", "agency", List.of("citizen")).apply(vneid);

        assertThat(mapped).containsEntry("roles", List.of("CITIZEN")).containsEntry("name", "Nguyễn Văn An");
    }

    @Test
    void aSingleRoleStringIsAList() {
        Map<String, Object> mapped = PlatformClaimMapping.of("role", null, null).apply(Map.of("role", "Admin"));

        assertThat(mapped).containsEntry("roles", List.of("ADMIN"));
    }
}
