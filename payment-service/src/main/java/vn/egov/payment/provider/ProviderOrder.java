package vn.egov.payment.provider;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One payment as a partner must see it.
 *
 * @param paymentId our payment id
 * @param providerOrderId the order id (reference) we give the partner; unique per provider, at most 25 characters of
 *     {@code [A-Z0-9]} so that it fits every partner's field (VietQR's purpose field is the shortest)
 * @param amount VND, from our records
 * @param description what the payer sees, Vietnamese without personal data, e.g. "Lệ phí hồ sơ 000.00.15.H17-261123-0001"
 * @param dossierCode the dossier the fee belongs to
 * @param returnUrl where the payer's browser comes back to after the partner's page
 * @param callbackUrl the public URL of our callback for this partner
 * @param clientIp the payer's IP address as the gateway saw it (NAPAS wants it)
 * @param createdAt when we created the payment
 * @param expiresAt when an unpaid payment expires
 */
public record ProviderOrder(
        UUID paymentId,
        String providerOrderId,
        long amount,
        String description,
        String dossierCode,
        URI returnUrl,
        URI callbackUrl,
        String clientIp,
        Instant createdAt,
        Instant expiresAt) {

    public ProviderOrder {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(providerOrderId, "providerOrderId");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
