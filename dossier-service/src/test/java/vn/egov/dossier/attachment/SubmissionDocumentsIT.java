package vn.egov.dossier.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.dossier.Submissions;
import vn.egov.testsupport.TestIdentity;

class SubmissionDocumentsIT extends IntegrationTestBase {

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String OWNER = IDENTITY.citizen("citizen-documents");
    static final String STRANGER = IDENTITY.citizen("citizen-stranger");
    static final String OFFICER = IDENTITY.officer("officer", CatalogueStub.AGENCY);
    static final String OTHER_AGENCY_OFFICER = IDENTITY.officer("officer-hue", "000.00.15.H57");
    static final String PROCEDURE = CatalogueStub.WITH_REQUIRED_DOCUMENTS;

    AttachmentApi files;

    @BeforeEach
    void client() {
        files = new AttachmentApi(port);
    }

    Submissions aKaraokeLicence() {
        return aSubmission().forProcedure(PROCEDURE);
    }

    DossierApi.Response submit(Submissions submission) {
        return api.submit(OWNER, UUID.randomUUID().toString(), submission.json());
    }

    @Nested
    class DocumentsNeededOnlyInACase {

        @Test
        void aDeclaredCaseRequiresItsDocument() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            String tp2 = files.uploadPdf(OWNER, PROCEDURE, "TP2");

            DossierApi.Response response = submit(aKaraokeLicence()
                    .withDocument("TP1", tp1)
                    .withDocument("TP2", tp2)
                    .declaringCase("TP3"));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("type").asString()).isEqualTo("https://egov.vn/problems/missing-documents");
            assertThat(strings(response.json().get("missing"))).containsExactly("TP3");
            assertThat(linkedDossier(tp1)).isNull();
        }

        @Test
        void aDeclaredCaseWithItsDocumentIsReceivedAndShownOnTheDossier() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            String tp2 = files.uploadPdf(OWNER, PROCEDURE, "TP2");
            String tp3 = files.uploadPdf(OWNER, PROCEDURE, "TP3");

            DossierApi.Response response = submit(aKaraokeLicence()
                    .withDocument("TP1", tp1)
                    .withDocument("TP2", tp2)
                    .withDocument("TP3", tp3)
                    .declaringCase("TP3"));

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            String code = response.json().get("code").asString();
            JsonNode dossier = api.get("/api/dossiers/" + code, OWNER).json();
            assertThat(strings(dossier.get("applicableCases"))).containsExactly("TP3");
            assertThat(linkedDossier(tp3)).isEqualTo(code);
        }

        @Test
        void anUndeclaredCaseAsksForNothing() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            String tp2 = files.uploadPdf(OWNER, PROCEDURE, "TP2");

            DossierApi.Response response =
                    submit(aKaraokeLicence().withDocument("TP1", tp1).withDocument("TP2", tp2));

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            JsonNode dossier = api.get(
                            "/api/dossiers/" + response.json().get("code").asString(), OWNER)
                    .json();
            assertThat(dossier.get("applicableCases").isEmpty()).isTrue();
        }

        @Test
        void aCaseOfADocumentEveryDossierNeedsIsRefusedByName() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            String tp2 = files.uploadPdf(OWNER, PROCEDURE, "TP2");

            DossierApi.Response response = submit(aKaraokeLicence()
                    .withDocument("TP1", tp1)
                    .withDocument("TP2", tp2)
                    .declaringCase("TP1"));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("applicableCases[0]");
            assertThat(error.get("message").asString()).contains("no document TP1 needed only in a case");
        }
    }

    @Nested
    class MissingOrWrongDocuments {

        @Test
        void submissionWithoutDocumentsListsEveryRequiredOneAndStoresNothing() {
            int before = dossierCount();

            DossierApi.Response response = submit(aKaraokeLicence());

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("https://egov.vn/problems/missing-documents");
            assertThat(strings(response.json().get("missing"))).containsExactly("TP1", "TP2");
            assertThat(dossierCount()).isEqualTo(before);
        }

        @Test
        void optionalDocumentsAreNotAskedFor() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");

            DossierApi.Response response = submit(aKaraokeLicence().withDocument("TP1", tp1));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(strings(response.json().get("missing"))).containsExactly("TP2");
        }

        @Test
        void someoneElsesFileDoesNotCount() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            String strangersTp2 = files.uploadPdf(STRANGER, PROCEDURE, "TP2");

            DossierApi.Response response =
                    submit(aKaraokeLicence().withDocument("TP1", tp1).withDocument("TP2", strangersTp2));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(strings(response.json().get("missing"))).containsExactly("TP2");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("documents[1]");
            assertThat(linkedDossier(strangersTp2)).isNull();
        }

        @Test
        void aFileUploadedForAnotherDocumentDoesNotCount() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            String alsoTp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");

            DossierApi.Response response =
                    submit(aKaraokeLicence().withDocument("TP1", tp1).withDocument("TP2", alsoTp1));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(strings(response.json().get("missing"))).containsExactly("TP2");
            assertThat(response.json().get("errors").get(0).get("message").asString())
                    .contains("uploaded for " + PROCEDURE + "/TP1");
        }

        @Test
        void anUnknownIdIsReportedAndTheDocumentIsMissing() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");

            DossierApi.Response response = submit(aKaraokeLicence()
                    .withDocument("TP1", tp1)
                    .withDocument("TP2", UUID.randomUUID().toString()));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(strings(response.json().get("missing"))).containsExactly("TP2");
        }

        @Test
        void aFileAlreadyInADossierCannotBeUsedAgain() {
            String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            String tp2 = files.uploadPdf(OWNER, PROCEDURE, "TP2");
            assertThat(submit(aKaraokeLicence().withDocument("TP1", tp1).withDocument("TP2", tp2))
                            .status())
                    .isEqualTo(201);
            String freshTp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");

            DossierApi.Response again =
                    submit(aKaraokeLicence().withDocument("TP1", freshTp1).withDocument("TP2", tp2));

            assertThat(again.status()).as(again.body()).isEqualTo(400);
            assertThat(strings(again.json().get("missing"))).containsExactly("TP2");
            assertThat(again.json().get("errors").get(0).get("message").asString())
                    .contains("belongs to another dossier");
        }
    }

    @Nested
    class CompleteDossier {

        String code;
        String tp1;
        String tp2;
        byte[] tp2Bytes = SampleFiles.png();

        @BeforeEach
        void submitted() {
            tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
            tp2 = files.upload(OWNER, PROCEDURE, "TP2", "dang-ky.png", "image/png", tp2Bytes)
                    .json()
                    .get("id")
                    .asString();
            DossierApi.Response response =
                    submit(aKaraokeLicence().withDocument("TP1", tp1).withDocument("TP2", tp2));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            code = response.json().get("code").asString();
        }

        @Test
        void aSupplementBringsNewDocumentsIntoTheDossierAndItsHistory() {
            assertThat(api.post(
                                    "/api/dossiers/" + code + "/actions/request-supplement",
                                    OFFICER,
                                    "{\"reason\":\"Bản sao giấy chứng nhận không rõ\"}")
                            .status())
                    .isEqualTo(200);
            String clearer = files.uploadPdf(OWNER, PROCEDURE, "TP2");

            DossierApi.Response supplemented = api.post(
                    "/api/dossiers/" + code + "/actions/supplement",
                    OWNER,
                    "{\"reason\":\"Gửi bản rõ hơn\",\"documents\":[{\"code\":\"TP2\",\"attachmentId\":\"" + clearer
                            + "\"}]}");

            assertThat(supplemented.status()).as(supplemented.body()).isEqualTo(200);
            assertThat(supplemented.json().get("status").asString()).isEqualTo("NEW");
            JsonNode history = supplemented.json().get("history");
            assertThat(history.get(history.size() - 1).get("reason").asString())
                    .isEqualTo("Gửi bản rõ hơn. Giấy tờ bổ sung: TP2 Bản sao giấy chứng nhận đăng ký doanh nghiệp");
            assertThat(linkedDossier(clearer)).isEqualTo(code);
            assertThat(jdbc.queryForList(
                            "select document_code from dossier_document where dossier_code = ? order by id",
                            String.class,
                            code))
                    .containsExactly("TP1", "TP2", "TP2");
            assertThat(files.download("/api/dossiers/" + code + "/attachments/" + clearer, OFFICER)
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        void aSupplementWithSomeoneElsesFileChangesNothing() {
            api.post("/api/dossiers/" + code + "/actions/request-supplement", OFFICER, "{\"reason\":\"Thiếu\"}");
            String strangers = files.uploadPdf(STRANGER, PROCEDURE, "TP2");

            DossierApi.Response refused = api.post(
                    "/api/dossiers/" + code + "/actions/supplement",
                    OWNER,
                    "{\"documents\":[{\"code\":\"TP2\",\"attachmentId\":\"" + strangers + "\"}]}");

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("documents[0]");
            assertThat(linkedDossier(strangers)).isNull();
            assertThat(api.get("/api/dossiers/" + code, OWNER)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("SUPPLEMENT_REQUESTED");
        }

        @Test
        void onlyASupplementBringsDocuments() {
            String another = files.uploadPdf(OWNER, PROCEDURE, "TP2");

            DossierApi.Response refused = api.post(
                    "/api/dossiers/" + code + "/actions/accept",
                    OFFICER,
                    "{\"documents\":[{\"code\":\"TP2\",\"attachmentId\":\"" + another + "\"}]}");

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("documents");
        }

        @Test
        void filesAreLinkedToTheDossierWithTheProcedureDocumentNames() {
            assertThat(linkedDossier(tp1)).isEqualTo(code);
            assertThat(linkedDossier(tp2)).isEqualTo(code);
            assertThat(jdbc.queryForList(
                            "select document_name from dossier_document where dossier_code = ? order by id",
                            String.class,
                            code))
                    .containsExactly("Đơn đề nghị cấp giấy phép", "Bản sao giấy chứng nhận đăng ký doanh nghiệp");
        }

        @Test
        void theOwnerDownloadsTheSameBytes() {
            var response = files.download("/api/dossiers/" + code + "/attachments/" + tp2, OWNER);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(tp2Bytes);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("dang-ky.png");
        }

        @Test
        void anOfficerOfTheAgencyDownloadsToo() {
            var response = files.download("/api/dossiers/" + code + "/attachments/" + tp1, OFFICER);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        }

        @Test
        void anotherCitizenOrAgencyGetsNotFound() {
            assertThat(files.download("/api/dossiers/" + code + "/attachments/" + tp1, STRANGER)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(files.download("/api/dossiers/" + code + "/attachments/" + tp1, OTHER_AGENCY_OFFICER)
                            .statusCode())
                    .isEqualTo(404);
        }

        @Test
        void aFileOfAnotherDossierIsNotFoundUnderThisOne() {
            String otherOwnersFile = files.uploadPdf(OWNER, PROCEDURE, "TP1");

            assertThat(files.download("/api/dossiers/" + code + "/attachments/" + otherOwnersFile, OWNER)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(files.download("/api/dossiers/" + code + "/attachments/not-a-uuid", OWNER)
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    String linkedDossier(String attachmentId) {
        return jdbc.queryForObject(
                "select dossier_code from attachment where id = ?::uuid", String.class, attachmentId);
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
