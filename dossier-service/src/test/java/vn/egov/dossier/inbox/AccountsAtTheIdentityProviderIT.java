package vn.egov.dossier.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.embedded.oidc.OidcLogin;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.IdentityProvider;

/**
 * The officers' inbox with real accounts: dossier-service trusts the real identity provider (its jar, in a JVM of its
 * own, accounts in PostgreSQL) instead of the test issuer. An administrator opens an officer account at a district
 * (UBND quận Hải Châu) through the provider's API; the officer signs in through the provider's form and sees the
 * district's dossiers in the inbox, and none of the Department of Justice's.
 */
@EgovIntegrationTest
@TestPropertySource(properties = {"egov.outbox.poll-interval=200ms", "egov.outbox.max-backoff=1s"})
class AccountsAtTheIdentityProviderIT {

    private static IdentityProvider identity;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realIdentityProvider(DynamicPropertyRegistry registry) {
        registry.add("egov.identity.issuer-uri", () -> identity().issuer().toString());
        registry.add("egov.catalogue.url", () -> CatalogueStub.shared().url());
    }

    private static synchronized IdentityProvider identity() {
        if (identity == null) {
            identity = IdentityProvider.start("identity_dossier_it");
        }
        return identity;
    }

    @Test
    void anOfficerAnAdminOpensAtADistrictSeesOnlyThatDistrictsDossiers() throws Exception {
        OidcLogin login = identity().login();
        String username = "can-bo-hai-chau-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = createOfficer(login.accessToken("admin", "admin"), username);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        DossierApi api = new DossierApi(port);
        String citizen = login.accessToken("citizen", "citizen");
        String districtDossier = submit(api, citizen, CatalogueStub.DISTRICT_PROCEDURE);
        String departmentDossier = submit(api, citizen, CatalogueStub.JUDICIAL_RECORD);
        assertThat(districtDossier).startsWith(CatalogueStub.DISTRICT_AGENCY + "-");

        String officer = login.accessToken(username, "mat-khau-hai-chau");
        DossierApi.Response inbox = api.get("/api/dossiers?size=100", officer);

        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        inbox.json().get("items").forEach(item -> codes.add(item.get("code").asString()));
        assertThat(codes).contains(districtDossier).doesNotContain(departmentDossier);
        assertThat(codes).allSatisfy(code -> assertThat(code).startsWith(CatalogueStub.DISTRICT_AGENCY + "-"));
        assertThat(api.get("/api/dossiers/" + districtDossier, officer).status())
                .isEqualTo(200);
        assertThat(api.get("/api/dossiers/" + departmentDossier, officer).status())
                .isIn(403, 404);
        // The demo officer of the Department of Justice sees the other one, not the district's.
        String justice = login.accessToken("officer", "officer");
        assertThat(api.get("/api/dossiers/" + departmentDossier, justice).status())
                .isEqualTo(200);
        assertThat(api.get("/api/dossiers/" + districtDossier, justice).status())
                .isIn(403, 404);
    }

    private static String submit(DossierApi api, String citizen, String procedure) {
        DossierApi.Response submitted = api.submit(
                citizen,
                UUID.randomUUID().toString(),
                aSubmission()
                        .forProcedure(procedure)
                        .with("delivery", "COUNTER")
                        .json());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return submitted.json().get("code").asString();
    }

    private static HttpResponse<String> createOfficer(String admin, String username) throws Exception {
        String body =
                """
                {"username":"%s","password":"mat-khau-hai-chau","name":"Võ Văn Hải","roles":["OFFICER"],\
                "agencyCode":"%s"}"""
                        .formatted(username, CatalogueStub.DISTRICT_AGENCY);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(identity().issuer() + "/api/identity/accounts"))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
