package vn.egov.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.payment.payment.PaidPayment;
import vn.egov.payment.payment.Payer;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.Payments;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestIdentity;

/**
 * Receipts written through {@link IssueReceipt} in the success transaction and numbered after it, then read, downloaded and verified over
 * HTTP against real PostgreSQL. Agency and dossier codes are fresh per test, so that counters left by earlier runs or
 * other tests do not matter.
 */
@EgovIntegrationTest
// Agency codes have dots: the key goes in brackets, as the README says.
@TestPropertySource(properties = "egov.payments.receipts.agency-tax-codes[000.00.99.H17]=0401234567")
class ReceiptIT {

    private static final String AGENCY_WITH_TAX_CODE = "000.00.99.H17";

    private static final String FEE = "Lệ phí cấp bản sao trích lục hộ tịch";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private Payments payments;

    @Autowired
    private IssueReceipt issueReceipt;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcTemplate jdbc;

    @Nested
    class ReadingAsJson {

        @Test
        void theOwnerReadsEverythingTheReceiptPrints() throws Exception {
            Issued issued = pay(AGENCY_WITH_TAX_CODE, "citizen-an", "Nguyễn Văn An", 1_250_000);

            HttpResponse<String> response =
                    get("/api/payments/" + issued.paymentId() + "/receipt", citizen("citizen-an"));

            assertThat(response.statusCode()).isEqualTo(200);
            Map<String, Object> body = read(response);
            assertThat(body)
                    .containsEntry("paymentId", issued.paymentId().toString())
                    .containsEntry("reference", issued.receipt().reference())
                    .containsEntry("formSymbol", "01BLP0-001")
                    .containsEntry("receiptSymbol", issued.receipt().receiptSymbol())
                    .containsEntry("number", issued.receipt().number().intValue())
                    .containsEntry("amount", 1_250_000)
                    .containsEntry("amountInFigures", "1.250.000")
                    .containsEntry("amountInWords", "Một triệu hai trăm năm mươi nghìn đồng")
                    .containsEntry("feeName", FEE)
                    .containsEntry("payerName", "Nguyễn Văn An")
                    .containsEntry("payerAddress", "12 Lê Duẩn, Hải Châu, Đà Nẵng")
                    .containsEntry("dossierCode", issued.dossierCode())
                    .containsEntry("agencyName", "Sở Tư pháp thành phố Đà Nẵng")
                    .containsEntry("agencyTaxCode", "0401234567")
                    .containsEntry("paymentMethod", "MoMo")
                    .containsEntry("verificationCode", issued.receipt().verificationCode())
                    .containsEntry(
                            "verificationUrl",
                            "http://localhost:8080/api/public/receipts/"
                                    + issued.receipt().verificationCode());
            assertThat((String) body.get("issuedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
            assertThat(issued.receipt().receiptSymbol()).matches("BL-\\d\\dE");
        }

        @Test
        void anOfficerOfTheCollectingAgencyReadsIt() throws Exception {
            String agency = freshAgency();
            Issued issued = pay(agency, "citizen-binh", "Trần Thị Bình", 50_000);

            HttpResponse<String> response =
                    get("/api/payments/" + issued.paymentId() + "/receipt", officer("officer-1", agency));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(read(response)).containsEntry("agencyTaxCode", null).containsEntry("payerName", "Trần Thị Bình");
        }

        @Test
        void anotherCitizenAndAnOfficerOfAnotherAgencyFindNothing() throws Exception {
            Issued issued = pay(freshAgency(), "citizen-an", "Nguyễn Văn An", 50_000);

            for (String token : new String[] {citizen("citizen-other"), officer("officer-2", freshAgency())}) {
                for (String path : new String[] {"/receipt", "/receipt.pdf"}) {
                    HttpResponse<String> response = get("/api/payments/" + issued.paymentId() + path, token);

                    assertThat(response.statusCode()).as(path).isEqualTo(404);
                    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                    assertThat(read(response)).containsEntry("type", "https://egov.vn/problems/not-found");
                }
            }
        }

        @Test
        void aPaymentWithoutReceiptHasNone() throws Exception {
            UUID paymentId = inTransaction(
                    () -> payments.saveAndFlush(startedPayment(freshAgency(), "citizen-an", "Nguyễn Văn An", 50_000))
                            .id());

            HttpResponse<String> response = get("/api/payments/" + paymentId + "/receipt", citizen("citizen-an"));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(get("/api/payments/" + UUID.randomUUID() + "/receipt", citizen("citizen-an"))
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void aReceiptSaysWhatItSaidWhenIssuedEvenIfThePaymentRowChangesLater() throws Exception {
        Issued issued = pay(AGENCY_WITH_TAX_CODE, "citizen-an", "Nguyễn Văn An", 200_000);
        jdbc.update(
                "update payment set agency_name = 'Renamed', fee_name = 'Other fee', payer_name = 'Someone' where id = ?",
                issued.paymentId());

        assertThat(read(get("/api/payments/" + issued.paymentId() + "/receipt", citizen("citizen-an"))))
                .containsEntry("agencyName", "Sở Tư pháp thành phố Đà Nẵng")
                .containsEntry("feeName", FEE)
                .containsEntry("payerName", "Nguyễn Văn An");
    }

    @Test
    void refusesToIssueAReceiptForAPaymentThatHasNotSucceeded() {
        assertThatThrownBy(() -> inTransaction(() -> issueReceipt.issue(PaidPayment.of(
                        payments.saveAndFlush(startedPayment(freshAgency(), "citizen-an", "Nguyễn Văn An", 50_000))))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STARTED");
    }

    @Test
    void theOwnerDownloadsThePdfWithTheReceiptsContents() throws Exception {
        Issued issued = pay(freshAgency(), "citizen-an", "Nguyễn Văn An", 200_000);

        HttpResponse<byte[]> response = http.send(
                request("/api/payments/" + issued.paymentId() + "/receipt.pdf")
                        .header("Authorization", "Bearer " + citizen("citizen-an"))
                        .GET()
                        .build(),
                BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String number = String.format("%07d", issued.receipt().number());
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bien-lai-" + issued.receipt().receiptSymbol() + "-" + number
                        + ".pdf\"");
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("BIÊN LAI THU PHÍ, LỆ PHÍ")
                    .contains("Số: " + number)
                    .contains("Ký hiệu: " + issued.receipt().receiptSymbol())
                    .contains("Hai trăm nghìn đồng")
                    .contains("Số tiền: 200.000 đồng")
                    .contains(FEE)
                    .contains("Nguyễn Văn An")
                    .contains("Mã tra cứu: " + issued.receipt().verificationCode());
        }
    }

    @Nested
    class PublicVerification {

        @Test
        void anyoneVerifiesAReceiptAndSeesThePayerMasked() throws Exception {
            Issued issued = pay(freshAgency(), "citizen-an", "Nguyễn Văn An", 200_000);

            HttpResponse<String> response = get(
                    "/api/public/receipts/"
                            + issued.receipt().verificationCode().toLowerCase(),
                    null);

            assertThat(response.statusCode()).isEqualTo(200);
            Map<String, Object> body = read(response);
            assertThat(body)
                    .containsEntry("reference", issued.receipt().reference())
                    .containsEntry("agencyName", "Sở Tư pháp thành phố Đà Nẵng")
                    .containsEntry("feeName", FEE)
                    .containsEntry("amount", 200_000)
                    .containsEntry("amountInWords", "Hai trăm nghìn đồng")
                    .containsEntry("dossierCode", issued.dossierCode())
                    .containsEntry("payerName", "N***** V** An")
                    .doesNotContainKeys("payerAddress", "paymentId", "providerTransactionId", "verificationUrl");
            assertThat((String) body.get("issuedOn")).matches("\\d{4}-\\d\\d-\\d\\d");
        }

        @Test
        void anUnknownCodeIsNotFound() throws Exception {
            HttpResponse<String> response = get("/api/public/receipts/ABCDEFGH2345", null);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(read(response)).containsEntry("type", "https://egov.vn/problems/not-found");
        }

        @Test
        void aCodeThatCannotBeOneIsABadRequest() throws Exception {
            for (String code : new String[] {"ABCDEFGH234", "ABCDEFGH2340", "ABCDEFGHI234"}) {
                HttpResponse<String> response = get("/api/public/receipts/" + code, null);

                assertThat(response.statusCode()).as(code).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(read(response))
                        .containsEntry("type", "https://egov.vn/problems/malformed-verification-code");
            }
        }
    }

    @Test
    void numbersRunOneTwoThreePerAgencyAndStartAgainForAnother() {
        String first = freshAgency();
        String second = freshAgency();

        long a1 = pay(first, "citizen-an", "Nguyễn Văn An", 10_000).receipt().number();
        long a2 = pay(first, "citizen-binh", "Trần Thị Bình", 20_000).receipt().number();
        long b1 = pay(second, "citizen-an", "Nguyễn Văn An", 30_000).receipt().number();
        long a3 = pay(first, "citizen-an", "Nguyễn Văn An", 40_000).receipt().number();

        assertThat(new long[] {a1, a2, a3, b1}).containsExactly(1, 2, 3, 1);
    }

    /** What a test gets back from paying. */
    private record Issued(UUID paymentId, String dossierCode, Receipt receipt) {}

    /**
     * A payment that succeeds, with its receipt written in the same transaction, as the callback handling does; then
     * numbered by {@link NumberReceipts}, which that transaction's commit wakes.
     */
    private Issued pay(String agency, String owner, String payerName, long amount) {
        Issued written = inTransaction(() -> {
            Payment payment = startedPayment(agency, owner, payerName, amount);
            Instant now = Instant.now();
            payment.succeed("MOMO-" + ThreadLocalRandom.current().nextLong(1_000_000_000L), now, "Successful.", now);
            payments.saveAndFlush(payment);
            return new Issued(payment.id(), payment.dossierCode(), issueReceipt.issue(PaidPayment.of(payment)));
        });
        assertThat(written.receipt().number())
                .as("numbered only after the commit")
                .isNull();
        Long number = await("receipt numbered after the commit")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "select number from receipt where id = ?",
                                Long.class,
                                written.receipt().id()),
                        java.util.Objects::nonNull);
        return new Issued(
                written.paymentId(), written.dossierCode(), written.receipt().numbered(number));
    }

    private static Payment startedPayment(String agency, String owner, String payerName, long amount) {
        Instant now = Instant.now();
        String dossierCode = "000.00.12.H17-" + UUID.randomUUID().toString().substring(0, 8);
        Payment payment = Payment.create(
                UUID.randomUUID(),
                "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                "MOMO",
                new Payer(
                        dossierCode,
                        amount,
                        owner,
                        agency,
                        "Sở Tư pháp thành phố Đà Nẵng",
                        "1.001234",
                        FEE,
                        payerName,
                        "12 Lê Duẩn, Hải Châu, Đà Nẵng",
                        "127.0.0.1"),
                now,
                now.plus(Duration.ofMinutes(15)));
        payment.start("https://test-payment.momo.vn/pay", null, "momo-ref", now);
        return payment;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private static String freshAgency() {
        return "AG-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String citizen(String subject) {
        return TestIdentity.shared().citizen(subject);
    }

    private static String officer(String subject, String agency) {
        return TestIdentity.shared().officer(subject, agency);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private Map<String, Object> read(HttpResponse<String> response) {
        return json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    }
}
