package vn.egov.sandbox.momo;

import java.util.Locale;
import java.util.Optional;

/** What the payer does on MoMo's payment page. */
public enum MomoPayerChoice {
    /** "Thanh toán": pays from the wallet. */
    PAY,
    /** "Hủy": refuses to pay (result code 1006). */
    CANCEL;

    /** Reads the page's {@code action} form field: {@code pay} or {@code cancel}. */
    public static Optional<MomoPayerChoice> parse(String action) {
        return switch (action == null ? "" : action.toLowerCase(Locale.ROOT)) {
            case "pay" -> Optional.of(PAY);
            case "cancel" -> Optional.of(CANCEL);
            default -> Optional.empty();
        };
    }
}
