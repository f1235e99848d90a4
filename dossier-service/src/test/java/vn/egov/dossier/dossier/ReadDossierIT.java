package vn.egov.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.TestIdentity;

class ReadDossierIT extends IntegrationTestBase {

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String OWNER = IDENTITY.citizen("citizen-read");

    String code;

    @BeforeEach
    void aSubmittedDossier() {
        code = api.submit(OWNER, UUID.randomUUID().toString(), aSubmission().json())
                .json()
                .get("code")
                .asString();
    }

    @Nested
    class Detail {

        @Test
        void showsTheDossierWithHistoryToItsOwner() {
            var response = api.get("/api/dossiers/" + code, OWNER);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("code").asString()).isEqualTo(code);
            assertThat(response.json().get("history")).hasSize(1);
        }

        @Test
        void showsTheDossierToAnOfficerOfItsAgency() {
            var response = api.get("/api/dossiers/" + code, IDENTITY.officer("officer", CatalogueStub.AGENCY));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("applicant").get("idNumber").asString())
                    .isEqualTo("048090001234");
        }

        @Test
        void hidesTheDossierFromAnotherCitizenAndAnotherAgencyAsIfItDidNotExist() {
            var otherCitizen = api.get("/api/dossiers/" + code, IDENTITY.citizen("someone-else"));
            var otherAgency = api.get("/api/dossiers/" + code, IDENTITY.officer("officer2", "000.00.16.H17"));
            var missing = api.get("/api/dossiers/000.00.15.H17-250101-9999", OWNER);

            assertThat(otherCitizen.status()).isEqualTo(404);
            assertThat(otherAgency.status()).isEqualTo(404);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(otherCitizen.json().get("type")).isEqualTo(missing.json().get("type"));
        }

        @Test
        void requiresAToken() {
            assertThat(api.get("/api/dossiers/" + code, null).status()).isEqualTo(401);
        }
    }

    @Nested
    class Contact {

        @Test
        void givesAServiceTheApplicantsContactDetails() {
            var response = api.get("/internal/dossiers/" + code + "/contact", IDENTITY.service("notification-service"));

            assertThat(response.status()).isEqualTo(200);
            JsonNode contact = response.json();
            assertThat(contact.get("dossierCode").asString()).isEqualTo(code);
            assertThat(contact.get("procedureCode").asString()).isEqualTo(CatalogueStub.JUDICIAL_RECORD);
            assertThat(contact.get("agencyName").asString()).isEqualTo("Sở Tư pháp thành phố Đà Nẵng");
            assertThat(contact.get("feeTotal").asLong()).isEqualTo(200000);
            assertThat(contact.get("status").asString()).isEqualTo("NEW");
            assertThat(contact.get("statusCode").asInt()).isEqualTo(1);
            assertThat(contact.get("dueDate").isNull()).isTrue();
            assertThat(contact.get("fullName").asString()).isEqualTo("Nguyễn Văn An");
            assertThat(contact.get("phone").asString()).isEqualTo("+84905123456");
            assertThat(contact.get("email").asString()).isEqualTo("an.nguyen@example.vn");
            assertThat(contact.get("notify").toString()).isEqualTo("[\"SMS\",\"EMAIL\"]");
        }

        @Test
        void refusesCitizens() {
            assertThat(api.get("/internal/dossiers/" + code + "/contact", OWNER).status())
                    .isEqualTo(403);
        }
    }

    @Nested
    class PublicLookUp {

        @Test
        void answersTheStatusOnlyForTheRightPhoneWrittenAnyWay() {
            for (String phone : new String[] {"0905123456", "+84905123456", "84905123456"}) {
                var response = api.get("/api/public/dossiers/" + code + "?phone=" + phone, null);
                assertThat(response.status()).as(phone).isEqualTo(200);
                assertThat(response.json().get("status").asString()).isEqualTo("NEW");
                assertThat(response.json().get("statusCode").asInt()).isEqualTo(1);
                assertThat(response.body()).doesNotContain("Nguyễn", "048090001234", "an.nguyen");
            }
        }

        @Test
        void answersTheSame404ForAWrongPhoneAndAWrongCode() {
            var wrongPhone = api.get("/api/public/dossiers/" + code + "?phone=0912000000", null);
            var wrongCode = api.get("/api/public/dossiers/000.00.15.H17-250101-9999?phone=0905123456", null);
            var noPhone = api.get("/api/public/dossiers/" + code, null);

            assertThat(wrongPhone.status()).isEqualTo(404);
            assertThat(wrongCode.status()).isEqualTo(404);
            assertThat(noPhone.status()).isEqualTo(404);
            assertThat(wrongPhone.json().get("type")).isEqualTo(wrongCode.json().get("type"));
            assertThat(wrongPhone.json().get("title"))
                    .isEqualTo(wrongCode.json().get("title"));
        }
    }
}
