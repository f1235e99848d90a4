package vn.egov.dossier.dossier;

import java.util.Objects;

/**
 * A payment payment-service confirmed for a dossier, as the dossier's history tells it.
 *
 * @param paymentId payment-service's id, remembered so that the same payment is applied once
 * @param amount what was paid
 * @param provider the provider's code, e.g. MOMO
 * @param receiptNumber the e-receipt's symbol and number
 */
public record ReceivedPayment(String paymentId, Money amount, String provider, String receiptNumber) {

    public ReceivedPayment {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(provider, "provider");
    }

    /** The history's text, e.g. {@code Đã thanh toán 200.000 đồng qua MOMO (biên lai BLDT-26E/0000012, mã ...)}. */
    String describe() {
        return "Đã thanh toán " + amount + " qua " + provider + " ("
                + (receiptNumber == null || receiptNumber.isBlank() ? "" : "biên lai " + receiptNumber + ", ")
                + "mã thanh toán " + paymentId + ")";
    }
}
