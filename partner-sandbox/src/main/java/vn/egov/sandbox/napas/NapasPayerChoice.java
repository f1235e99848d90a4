package vn.egov.sandbox.napas;

import java.util.Locale;
import java.util.Optional;

/** What the payer does on the NAPAS card page. */
public enum NapasPayerChoice {
    /** Pays with a card that has the funds (code 0). */
    PAY,
    /** Pays with a card that lacks the funds (code 7). */
    DECLINE,
    /** Leaves for the merchant's vpc_BackURL without paying. */
    CANCEL;

    /** Reads the card page's {@code action} form field: {@code pay}, {@code decline} or {@code cancel}. */
    public static Optional<NapasPayerChoice> parse(String action) {
        return switch (action == null ? "" : action.toLowerCase(Locale.ROOT)) {
            case "pay" -> Optional.of(PAY);
            case "decline" -> Optional.of(DECLINE);
            case "cancel" -> Optional.of(CANCEL);
            default -> Optional.empty();
        };
    }
}
