package vn.egov.payment.receipt;

import java.util.Locale;

/** How a receipt names the way the fee was paid, from the payment's provider code. */
final class PaymentMethod {

    private PaymentMethod() {}

    /** {@code MOMO} → "MoMo", {@code NAPAS} → "NAPAS", {@code VIETINBANK} → "VietinBank chuyển khoản". */
    static String of(String providerCode) {
        if (providerCode == null) {
            return "";
        }
        return switch (providerCode.toUpperCase(Locale.ROOT)) {
            case "MOMO" -> "MoMo";
            case "NAPAS" -> "NAPAS";
            case "VIETINBANK" -> "VietinBank chuyển khoản";
            // A provider added later prints under its code until it is named here: never a blank line.
            default -> providerCode;
        };
    }
}
