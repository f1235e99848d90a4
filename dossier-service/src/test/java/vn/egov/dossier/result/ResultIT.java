package vn.egov.dossier.result;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.dossier.attachment.AttachmentApi;
import vn.egov.dossier.attachment.SampleFiles;
import vn.egov.testsupport.TestIdentity;

class ResultIT extends IntegrationTestBase {

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String OWNER = IDENTITY.citizen("citizen-result");
    static final String STRANGER = IDENTITY.citizen("citizen-nosy");
    static final String OFFICER = IDENTITY.officer("officer", CatalogueStub.AGENCY);
    static final String OTHER_AGENCY_OFFICER = IDENTITY.officer("officer-hue", "000.00.15.H57");
    static final String PROCEDURE = CatalogueStub.WITH_REQUIRED_DOCUMENTS;

    AttachmentApi files;
    String code;

    @BeforeEach
    void submitted() {
        files = new AttachmentApi(port);
        String tp1 = files.uploadPdf(OWNER, PROCEDURE, "TP1");
        String tp2 = files.uploadPdf(OWNER, PROCEDURE, "TP2");
        DossierApi.Response response = api.submit(
                OWNER,
                UUID.randomUUID().toString(),
                aSubmission()
                        .forProcedure(PROCEDURE)
                        .withDocument("TP1", tp1)
                        .withDocument("TP2", tp2)
                        .json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        code = response.json().get("code").asString();
    }

    DossierApi.Response act(String action, String body) {
        DossierApi.Response response = api.post("/api/dossiers/" + code + "/actions/" + action, OFFICER, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response;
    }

    @Nested
    class ReceiptSlip {

        @Test
        void beforeAcceptanceThereIsNoSlip() {
            DossierApi.Response response = api.get("/api/dossiers/" + code + "/receipt.pdf", OWNER);

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString())
                    .isEqualTo("https://egov.vn/problems/dossier-not-accepted");
        }

        @Test
        void onceAcceptedTheSlipShowsTheCodeDocumentsAndDueDate() throws Exception {
            LocalDate dueDate =
                    LocalDate.parse(act("accept", "").json().get("dueDate").asString());

            HttpResponse<byte[]> slip = files.download("/api/dossiers/" + code + "/receipt.pdf", OWNER);

            assertThat(slip.statusCode()).isEqualTo(200);
            assertThat(slip.headers().firstValue("Content-Type")).hasValue("application/pdf");
            String text = OfficialPdfTest.text(slip.body());
            assertThat(text)
                    .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                    .contains(code)
                    .contains("Nguyễn Văn An")
                    .contains("Đơn đề nghị cấp giấy phép (TP1)")
                    .contains(dueDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .contains("Sở Tư pháp thành phố Đà Nẵng");
        }

        @Test
        void theAgencysOfficerGetsItAndOthersGetNotFound() {
            act("accept", "");

            assertThat(files.download("/api/dossiers/" + code + "/receipt.pdf", OFFICER)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(api.get("/api/dossiers/" + code + "/receipt.pdf", STRANGER)
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/api/dossiers/" + code + "/receipt.pdf", OTHER_AGENCY_OFFICER)
                            .status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class GeneratedResult {

        String verificationCode;

        @BeforeEach
        void approved() throws Exception {
            act("accept", "");
            act("start-processing", "");
            act("approve", "");
            HttpResponse<byte[]> result = files.download("/api/dossiers/" + code + "/result", OWNER);
            assertThat(result.statusCode()).isEqualTo(200);
            verificationCode =
                    result.headers().firstValue("X-Verification-Code").orElseThrow();
        }

        @Test
        void theOwnerDownloadsAPdfThatCarriesTheVerificationCode() throws Exception {
            HttpResponse<byte[]> result = files.download("/api/dossiers/" + code + "/result", OWNER);

            assertThat(result.headers().firstValue("Content-Type")).hasValue("application/pdf");
            String text = OfficialPdfTest.text(result.body());
            assertThat(text)
                    .contains("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
                    .contains(code)
                    .contains("Phiếu lý lịch tư pháp")
                    .contains(verificationCode)
                    .contains("/api/public/results/" + verificationCode);
            assertThat(verificationCode).matches("[A-Z2-7]{10}");
        }

        @Test
        void anyoneCanVerifyItAndSeesTheHolderMasked() {
            DossierApi.Response response = api.get("/api/public/results/" + verificationCode.toLowerCase(), null);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.get("dossierCode").asString()).isEqualTo(code);
            assertThat(body.get("procedureName").asString()).isEqualTo("Cấp giấy phép kinh doanh karaoke");
            assertThat(body.get("resultType").asString()).isEqualTo("Phiếu lý lịch tư pháp");
            assertThat(body.get("issuedTo").asString()).isEqualTo("Nguyễn V** A*");
            assertThat(body.get("agencyName").asString()).isEqualTo("Sở Tư pháp thành phố Đà Nẵng");
            assertThat(body.get("issuedAt").asString()).endsWith("+07:00");
            assertThat(body.get("valid").asBoolean()).isTrue();
            assertThat(response.body()).doesNotContain("048090001234").doesNotContain("Văn An");
        }

        @Test
        void othersCannotDownloadIt() {
            assertThat(api.get("/api/dossiers/" + code + "/result", STRANGER).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/dossiers/" + code + "/result", OTHER_AGENCY_OFFICER)
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void anUnknownVerificationCodeIsNotFound() {
        DossierApi.Response response = api.get("/api/public/results/ABCDEFGH23", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/public/results/not-a-code", null).status()).isEqualTo(404);
    }

    @Test
    void beforeApprovalThereIsNoResult() {
        act("accept", "");

        assertThat(api.get("/api/dossiers/" + code + "/result", OWNER).status()).isEqualTo(404);
    }

    @Nested
    class UploadedResult {

        @BeforeEach
        void processing() {
            act("accept", "");
            act("start-processing", "");
        }

        @Test
        void theOfficersUploadedFileIsTheResultAndIsVerifiable() {
            byte[] licence = SampleFiles.pdf("Giấy phép số 12/GP");
            String id = files.upload(OFFICER, PROCEDURE, "KQ", "giay-phep.pdf", "application/pdf", licence)
                    .json()
                    .get("id")
                    .asString();

            act("approve", "{\"result\":{\"attachmentId\":\"" + id + "\"}}");

            HttpResponse<byte[]> result = files.download("/api/dossiers/" + code + "/result", OWNER);
            assertThat(result.statusCode()).isEqualTo(200);
            assertThat(result.body()).isEqualTo(licence);
            String verificationCode =
                    result.headers().firstValue("X-Verification-Code").orElseThrow();
            DossierApi.Response verified = api.get("/api/public/results/" + verificationCode, null);
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.json().get("dossierCode").asString()).isEqualTo(code);
        }

        @Test
        void anUploadedResultHasAQrImageForThePaperCopy() throws Exception {
            String id = files.upload(OFFICER, PROCEDURE, "KQ", "kq.png", "image/png", SampleFiles.png())
                    .json()
                    .get("id")
                    .asString();
            act("approve", "{\"result\":{\"attachmentId\":\"" + id + "\"}}");
            String verificationCode = files.download("/api/dossiers/" + code + "/result", OWNER)
                    .headers()
                    .firstValue("X-Verification-Code")
                    .orElseThrow();

            HttpResponse<byte[]> qr = files.download("/api/dossiers/" + code + "/result/qr.png", OFFICER);

            assertThat(qr.statusCode()).isEqualTo(200);
            assertThat(OfficialPdfTest.decodeQr(qr.body()))
                    .isEqualTo("http://localhost:8080/api/public/results/" + verificationCode);
            assertThat(api.get("/api/dossiers/" + code + "/result/qr.png", STRANGER)
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void aFileTheOfficerDidNotUploadIsRefusedAndTheDossierStaysInProcessing() {
            String citizensFile = files.uploadPdf(OWNER, PROCEDURE, "KQ");

            DossierApi.Response response = api.post(
                    "/api/dossiers/" + code + "/actions/approve",
                    OFFICER,
                    "{\"result\":{\"attachmentId\":\"" + citizensFile + "\"}}");

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("type").asString()).isEqualTo("https://egov.vn/problems/invalid-result");
            assertThat(api.get("/api/dossiers/" + code, OWNER)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("IN_PROCESSING");
        }
    }
}
