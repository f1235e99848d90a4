package vn.egov.payment.receipt;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Issued receipts for tests: {@code anIssuedReceipt().numbered(12).paidWith("MOMO").build()}. */
final class IssuedReceiptFixture {

    private String agencyName = "Sở Tư pháp thành phố Đà Nẵng";
    private String agencyTaxCode = "0401234567";
    private String receiptSymbol = "BL-26E";
    private long number = 12;
    private long amount = 200_000;
    private String feeName = "Lệ phí cấp bản sao trích lục hộ tịch";
    private String payerName = "Nguyễn Văn An";
    private String payerAddress = "12 Lê Duẩn, phường Hải Châu, Đà Nẵng";
    private String provider = "MOMO";
    private Instant issuedAt = Instant.parse("2026-03-05T02:05:00Z");

    static IssuedReceiptFixture anIssuedReceipt() {
        return new IssuedReceiptFixture();
    }

    IssuedReceiptFixture withoutTaxCode() {
        agencyTaxCode = null;
        return this;
    }

    IssuedReceiptFixture numbered(String symbol, long number) {
        this.receiptSymbol = symbol;
        this.number = number;
        return this;
    }

    IssuedReceiptFixture of(long vnd) {
        this.amount = vnd;
        return this;
    }

    IssuedReceiptFixture paidWith(String provider) {
        this.provider = provider;
        return this;
    }

    IssuedReceiptFixture paidBy(String payerName) {
        this.payerName = payerName;
        return this;
    }

    IssuedReceiptFixture issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    IssuedReceipt build() {
        return new IssuedReceipt(
                UUID.fromString("6f1c1b9e-3f7a-4c55-9a57-3a0f4e1b2c3d"),
                UUID.fromString("0b9d6d0e-8a43-4f1e-b2a4-5b7f0c6d1e2f"),
                "STP-DN",
                agencyName,
                Optional.ofNullable(agencyTaxCode),
                "01BLP0-001",
                receiptSymbol,
                number,
                new VerificationCode("ABCDEFGH2345"),
                new Amount(amount),
                feeName,
                payerName,
                payerAddress,
                "000.00.12.H17-260305-0001",
                provider,
                "MOMO-4088823000",
                issuedAt);
    }
}
