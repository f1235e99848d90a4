package vn.egov.dossier.dossier;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of money in Vietnamese đồng (VND has no minor unit, so a whole number). {@link #toString()} writes it the
 * way Vietnamese readers expect in the history: {@code 1.200.000 đồng}.
 */
public record Money(long vnd) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public Money {
        if (vnd < 0) {
            throw new IllegalArgumentException("an amount of money is not negative: " + vnd);
        }
    }

    public static Money vnd(long amount) {
        return new Money(amount);
    }

    public boolean isZero() {
        return vnd == 0;
    }

    @Override
    public String toString() {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(vnd) + " đồng";
    }
}
