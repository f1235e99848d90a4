package vn.egov.dossier.dossier;

import java.util.Objects;

/**
 * A refund of a dossier's fee that the provider confirmed to payment-service.
 *
 * @param refundId payment-service's id of the refund
 * @param paymentId the payment refunded
 * @param amount what was given back
 * @param provider the provider's code, e.g. MOMO
 */
public record Refund(String refundId, String paymentId, Money amount, String provider) {

    public Refund {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(provider, "provider");
    }

    /** The history's text. */
    String describe() {
        return "Đã hoàn trả " + amount + " qua " + provider + " (mã hoàn tiền " + refundId + ", mã thanh toán "
                + paymentId + ")";
    }
}
