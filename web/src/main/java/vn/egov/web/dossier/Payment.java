package vn.egov.web.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A payment of a dossier's fee ({@code GET /api/payments/{id}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Payment(
        String id,
        String dossierCode,
        String provider,
        long amount,
        String status,
        @Nullable String failureReason,
        @Nullable String providerOrderId,
        @Nullable String providerTransactionId,
        @Nullable String redirectUrl,
        @Nullable Qr qr,
        @Nullable String feeName,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime expiresAt,
        @Nullable OffsetDateTime paidAt,
        @Nullable String receiptUrl) {

    /** A VietQR code to scan with a banking app. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Qr(String payload, String imageUrl) {}

    public boolean paid() {
        return "SUCCESS".equals(status);
    }

    public boolean open() {
        return "CREATED".equals(status) || "STARTED".equals(status);
    }

    /** The dossier's payments: {@code GET /api/payments?dossierCode=}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Payment> items) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
