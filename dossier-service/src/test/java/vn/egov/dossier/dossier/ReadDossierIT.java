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
            assertThat(contact.get("amountDue").asLong()).isEqualTo(200000);
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
    class Fee {

        static final String SERVICE = IDENTITY.service("payment-service");

        @Test
        void tellsPaymentServiceWhatANewDossierOwesAndWhoPays() {
            var response = api.get("/internal/dossiers/" + code + "/fee", SERVICE);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().propertyNames())
                    .containsExactly(
                            "dossierCode",
                            "status",
                            "ownerSubject",
                            "channel",
                            "agencyCode",
                            "agencyName",
                            "procedureCode",
                            "procedureName",
                            "feeName",
                            "amount",
                            "payable",
                            "notPayableReason",
                            "paidPaymentId",
                            "payerName",
                            "payerAddress");
            JsonNode fee = response.json();
            assertThat(fee.get("dossierCode").asString()).isEqualTo(code);
            assertThat(fee.get("status").asString()).isEqualTo("NEW");
            assertThat(fee.get("ownerSubject").asString()).isEqualTo("citizen-read");
            assertThat(fee.get("channel").asString()).isEqualTo("ONLINE");
            assertThat(fee.get("agencyCode").asString()).isEqualTo(CatalogueStub.AGENCY);
            assertThat(fee.get("agencyName").asString()).isEqualTo("Sở Tư pháp thành phố Đà Nẵng");
            assertThat(fee.get("procedureCode").asString()).isEqualTo(CatalogueStub.JUDICIAL_RECORD);
            assertThat(fee.get("procedureName").asString())
                    .isEqualTo("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
            assertThat(fee.get("feeName").asString())
                    .isEqualTo("Phí, lệ phí cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
            assertThat(fee.get("amount").isIntegralNumber()).isTrue();
            assertThat(fee.get("amount").asLong()).isEqualTo(200000);
            assertThat(fee.get("payable").asBoolean()).isTrue();
            assertThat(fee.get("notPayableReason").isNull()).isTrue();
            assertThat(fee.get("paidPaymentId").isNull()).isTrue();
            assertThat(fee.get("payerName").asString()).isEqualTo("Nguyễn Văn An");
            assertThat(fee.get("payerAddress").asString()).isEqualTo("12 Bạch Đằng, Hải Châu, Đà Nẵng");
        }

        @Test
        void saysARefusedDossierIsNotPayableAndWhy() {
            var refused = api.post(
                    "/api/dossiers/" + code + "/actions/refuse",
                    IDENTITY.officer("officer", CatalogueStub.AGENCY),
                    "{\"reason\":\"Không thuộc thẩm quyền\"}");
            assertThat(refused.status()).isEqualTo(200);

            JsonNode fee =
                    api.get("/internal/dossiers/" + code + "/fee", SERVICE).json();

            assertThat(fee.get("status").asString()).isEqualTo("NOT_ACCEPTED");
            assertThat(fee.get("amount").asLong()).isEqualTo(200000);
            assertThat(fee.get("payable").asBoolean()).isFalse();
            assertThat(fee.get("notPayableReason").asString()).isEqualTo("Hồ sơ không được tiếp nhận");
        }

        @Test
        void saysADossierOfAProcedureWithoutFeeIsNotPayable() {
            String free = api.submit(
                            OWNER,
                            UUID.randomUUID().toString(),
                            aSubmission()
                                    .forProcedure(CatalogueStub.FREE_OF_CHARGE)
                                    .json())
                    .json()
                    .get("code")
                    .asString();

            JsonNode fee =
                    api.get("/internal/dossiers/" + free + "/fee", SERVICE).json();

            assertThat(fee.get("amount").asLong()).isZero();
            assertThat(fee.get("payable").asBoolean()).isFalse();
            assertThat(fee.get("notPayableReason").asString()).isEqualTo("Thủ tục không thu phí, lệ phí");
        }

        @Test
        void answersAnUnknownCodeWithANotFoundProblem() {
            var response = api.get("/internal/dossiers/000.00.15.H17-250101-9999/fee", SERVICE);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("https://egov.vn/problems/not-found");
        }

        @Test
        void isForServicesOnly() {
            String path = "/internal/dossiers/" + code + "/fee";
            assertThat(api.get(path, OWNER).status()).isEqualTo(403);
            assertThat(api.get(path, IDENTITY.officer("officer", CatalogueStub.AGENCY))
                            .status())
                    .isEqualTo(403);
            assertThat(api.get(path, null).status()).isEqualTo(401);
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
