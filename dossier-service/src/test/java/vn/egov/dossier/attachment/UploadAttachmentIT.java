package vn.egov.dossier.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.TestIdentity;

class UploadAttachmentIT extends IntegrationTestBase {

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String CITIZEN = IDENTITY.citizen("citizen-upload");
    static final String PROCEDURE = CatalogueStub.WITH_REQUIRED_DOCUMENTS;

    @Autowired
    AttachmentProperties properties;

    AttachmentApi files;

    @BeforeEach
    void client() {
        files = new AttachmentApi(port);
    }

    @Nested
    class Accepted {

        @Test
        void pdfIsStoredWithItsChecksumAndOwnedByTheUploader() throws Exception {
            byte[] pdf = SampleFiles.pdf("Đơn đề nghị");

            DossierApi.Response response =
                    files.upload(CITIZEN, PROCEDURE, "TP1", "C:\\Users\\an\\don de nghi.pdf", "application/pdf", pdf);

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            var body = response.json();
            assertThat(body.get("documentCode").asString()).isEqualTo("TP1");
            assertThat(body.get("fileName").asString()).isEqualTo("don de nghi.pdf");
            assertThat(body.get("contentType").asString()).isEqualTo("application/pdf");
            assertThat(body.get("size").asLong()).isEqualTo(pdf.length);
            assertThat(body.get("sha256").asString()).isEqualTo(AttachmentApi.sha256(pdf));
            String id = body.get("id").asString();
            assertThat(jdbc.queryForObject("select owner_subject from attachment where id = ?::uuid", String.class, id))
                    .isEqualTo("citizen-upload");
            Path stored = properties.local().dir().resolve(id);
            assertThat(Files.readAllBytes(stored)).isEqualTo(pdf);
        }

        @Test
        void typeComesFromTheBytesNotFromWhatTheClientClaims() {
            DossierApi.Response response =
                    files.upload(CITIZEN, PROCEDURE, "TP2", "scan.pdf", "application/pdf", SampleFiles.png());

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(response.json().get("contentType").asString()).isEqualTo("image/png");
        }

        @Test
        void jpegIsAllowed() {
            DossierApi.Response response =
                    files.upload(CITIZEN, PROCEDURE, "TP2", "anh.jpg", "image/jpeg", SampleFiles.jpeg());

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(response.json().get("contentType").asString()).isEqualTo("image/jpeg");
        }

        @Test
        void anOfficerMayUploadForCounterIntake() {
            String officer = IDENTITY.officer("officer", CatalogueStub.AGENCY);

            DossierApi.Response response =
                    files.upload(officer, PROCEDURE, "TP1", "don.pdf", "application/pdf", SampleFiles.pdf("x"));

            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
    }

    @Nested
    class Refused {

        @Test
        void textSentAsPdfIsUnsupportedMediaTypeAndNothingIsStored() {
            int before = attachmentCount();

            DossierApi.Response response =
                    files.upload(CITIZEN, PROCEDURE, "TP1", "don.pdf", "application/pdf", SampleFiles.text());

            assertThat(response.status()).as(response.body()).isEqualTo(415);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString())
                    .isEqualTo("https://egov.vn/problems/unsupported-attachment-type");
            assertThat(response.json().get("detail").asString()).contains("text/plain");
            assertThat(attachmentCount()).isEqualTo(before);
        }

        @Test
        void fileOneByteOverTheLimitIsTooLarge() {
            int before = attachmentCount();
            int limit = (int) properties.maxSize().toBytes();

            DossierApi.Response response = files.upload(
                    CITIZEN, PROCEDURE, "TP1", "big.pdf", "application/pdf", SampleFiles.pdfOfSize(limit + 1));

            assertThat(response.status()).as(response.body()).isEqualTo(413);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString())
                    .isEqualTo("https://egov.vn/problems/attachment-too-large");
            assertThat(response.json().get("maxSize").asLong()).isEqualTo(limit);
            assertThat(attachmentCount()).isEqualTo(before);
        }

        @Test
        void fileOverTheMultipartLimitGetsTheSameProblem() {
            int overMultipartLimit = 11 * 1024 * 1024 + 512 * 1024;

            DossierApi.Response response = files.upload(
                    CITIZEN,
                    PROCEDURE,
                    "TP1",
                    "huge.pdf",
                    "application/pdf",
                    SampleFiles.pdfOfSize(overMultipartLimit));

            assertThat(response.status()).as(response.body()).isEqualTo(413);
            assertThat(response.json().get("type").asString())
                    .isEqualTo("https://egov.vn/problems/attachment-too-large");
        }

        @Test
        void anonymousUploadIsUnauthorized() {
            DossierApi.Response response =
                    files.upload(null, PROCEDURE, "TP1", "don.pdf", "application/pdf", SampleFiles.pdf("x"));

            assertThat(response.status()).isEqualTo(401);
        }

        @Test
        void missingDocumentCodeIsABadRequest() {
            DossierApi.Response response = files.upload(
                    CITIZEN,
                    PROCEDURE,
                    " ",
                    "don-" + UUID.randomUUID() + ".pdf",
                    "application/pdf",
                    SampleFiles.pdf("x"));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("documentCode");
        }
    }

    int attachmentCount() {
        return jdbc.queryForObject("select count(*) from attachment", Integer.class);
    }
}
