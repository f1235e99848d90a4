package vn.egov.payment.receipt;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * An amount of Vietnamese đồng as a receipt prints it: in figures with Vietnamese grouping ({@code 200.000}) and in
 * words ({@code Hai trăm nghìn đồng}). The words are ICU's Vietnamese spell-out (CLDR rules), not a speller of our
 * own: it says "lẻ" for an empty tens place ({@code 1.005} → "Một nghìn không trăm lẻ năm đồng") and leaves out
 * empty groups below a million ({@code 1.000.005} → "Một triệu lẻ năm đồng"); both read correctly and unambiguously.
 *
 * @param vnd the amount, more than zero (a receipt is never issued for nothing)
 */
public record Amount(long vnd) {

    private static final ULocale VIETNAMESE = new ULocale("vi");
    private static final Locale VIETNAMESE_LOCALE = VIETNAMESE.toLocale();

    public Amount {
        if (vnd <= 0) {
            throw new IllegalArgumentException("a receipt's amount is more than zero, not " + vnd);
        }
    }

    /** Digits grouped by threes with dots, as Vietnamese documents write money: {@code 1.250.000}. */
    public String inFigures() {
        String digits = Long.toString(vnd);
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /** The amount in words, first letter capitalised, followed by " đồng". */
    public String inWords() {
        // A RuleBasedNumberFormat is not thread-safe; one per call costs microseconds, a receipt is rendered rarely.
        String words = new RuleBasedNumberFormat(VIETNAMESE, RuleBasedNumberFormat.SPELLOUT).format(vnd);
        int first = words.codePointAt(0);
        return new StringBuilder(words.length() + 5)
                .append(String.valueOf(Character.toChars(first)).toUpperCase(VIETNAMESE_LOCALE))
                .append(words, Character.charCount(first), words.length())
                .append(" đồng")
                .toString();
    }
}
