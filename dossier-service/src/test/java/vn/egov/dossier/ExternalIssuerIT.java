package vn.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestIdentity;

/**
 * dossier-service pointed at an external OpenID Connect provider by configuration only: a second, independent issuer
 * (its own address and signing key) that puts roles where Keycloak does ({@code realm_access.roles}, lower-case,
 * with Keycloak's own roles beside them) and the officer's agency in a user-attribute claim ({@code agency_code}).
 * Its tokens are accepted with the roles and agency read from there; the platform's default issuer is refused.
 */
@EgovIntegrationTest
@TestPropertySource(properties = {"egov.outbox.poll-interval=200ms", "egov.outbox.max-backoff=1s"})
class ExternalIssuerIT {

    private static final TestIdentity KEYCLOAK = TestIdentity.independent();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void externalProvider(DynamicPropertyRegistry registry) {
        registry.add("egov.identity.issuer-uri", KEYCLOAK::issuer);
        registry.add("egov.identity.claims.roles", () -> "realm_access.roles");
        registry.add("egov.identity.claims.agency", () -> "agency_code");
        registry.add("egov.catalogue.url", () -> CatalogueStub.shared().url());
    }

    private static String keycloak(String subject, List<String> realmRoles, String agency) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("realm_access", Map.of("roles", realmRoles));
        claims.put("preferred_username", subject);
        claims.put("name", subject);
        if (agency != null) {
            claims.put("agency_code", agency);
        }
        return KEYCLOAK.tokenWithClaims(subject, claims);
    }

    @Test
    void rolesAndAgencyAreReadFromTheConfiguredClaims() {
        DossierApi api = new DossierApi(port);
        String citizen = keycloak("kc-citizen", List.of("citizen", "offline_access", "uma_authorization"), null);
        String officer = keycloak("kc-officer", List.of("officer", "offline_access"), CatalogueStub.AGENCY);

        DossierApi.Response submitted = api.submit(
                citizen,
                UUID.randomUUID().toString(),
                aSubmission().with("delivery", "COUNTER").json());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String code = submitted.json().get("code").asString();

        assertThat(api.get("/api/dossiers/" + code, citizen).status()).isEqualTo(200);
        assertThat(api.get("/api/dossiers/" + code, officer).status()).isEqualTo(200);
        assertThat(api.post("/api/dossiers/" + code + "/actions/accept", officer, "")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anOfficerOfAnotherAgencyAtTheExternalProviderDoesNotSeeTheDossier() {
        DossierApi api = new DossierApi(port);
        String citizen = keycloak("kc-citizen-2", List.of("citizen"), null);
        String elsewhere = keycloak("kc-officer-2", List.of("officer"), CatalogueStub.DISTRICT_AGENCY);
        String code = api.submit(
                        citizen,
                        UUID.randomUUID().toString(),
                        aSubmission().with("delivery", "COUNTER").json())
                .json()
                .get("code")
                .asString();

        assertThat(api.get("/api/dossiers/" + code, elsewhere).status()).isIn(403, 404);
    }

    @Test
    void rolesOutsideTheConfiguredClaimDoNotCount() {
        DossierApi api = new DossierApi(port);
        // The platform's own claim names, but signed by the external provider: the roles are not where it puts them.
        String misplaced = KEYCLOAK.tokenWithClaims(
                "kc-officer-3", Map.of("roles", List.of("OFFICER"), "agency", CatalogueStub.AGENCY));

        assertThat(api.get("/api/dossiers", misplaced).status()).isEqualTo(403);
    }

    @Test
    void tokensOfThePlatformsDefaultIssuerAreRefused() {
        DossierApi api = new DossierApi(port);
        String builtIn = TestIdentity.shared().officer("officer", CatalogueStub.AGENCY);

        DossierApi.Response response = api.get("/api/dossiers", builtIn);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).isEqualTo("https://egov.vn/problems/unauthorized");
    }
}
