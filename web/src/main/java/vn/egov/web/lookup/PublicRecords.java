package vn.egov.web.lookup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** What the public API tells anyone, without signing in. */
final class PublicRecords {

    private PublicRecords() {}

    /** {@code GET /api/public/dossiers/{code}?phone=}: the status only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DossierStatus(String code, String status, int statusCode) {}

    /** {@code GET /api/public/results/{verificationCode}}: what a result is, who issued it, and whether it stands. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultCheck(
            String dossierCode,
            String procedureName,
            @Nullable String resultType,
            @Nullable String issuedTo,
            @Nullable OffsetDateTime issuedAt,
            @Nullable String agencyName,
            boolean valid) {}

    /** {@code GET /api/public/receipts/{code}}: an e-receipt as a verifier sees it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReceiptCheck(
            String reference,
            @Nullable String agencyName,
            @Nullable String feeName,
            long amount,
            @Nullable String amountInWords,
            @Nullable LocalDate issuedOn,
            @Nullable String dossierCode,
            @Nullable String payerName) {}

    /** {@code GET /api/public/payments/by-order/{provider}/{orderId}}: where a payer lands after the partner. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentStatus(String provider, String providerOrderId, String dossierCode, long amount, String status) {}
}
