package vn.egov.sandbox.inbox;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number in its canonical partner form {@code 84xxxxxxxxx}: 84, then one of the mobile prefixes
 * 3, 5, 7, 8 or 9 (the 10-digit plan in force since 2018), then eight digits.
 *
 * @param digits the canonical digits, e.g. {@code 84905123456}
 */
public record MobileNumber(String digits) {

    private static final Pattern CANONICAL = Pattern.compile("84[35789]\\d{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");

    public MobileNumber {
        if (digits == null || !CANONICAL.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a Vietnamese mobile number in 84xxxxxxxxx form: " + digits);
        }
    }

    /**
     * Reads the spellings people and systems use for the same number: {@code 0905123456}, {@code 84905123456},
     * {@code +84905123456}, with or without spaces, dots or dashes. Partners are stricter; see their simulators.
     */
    public static Optional<MobileNumber> parseLenient(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
        String digits;
        if (compact.startsWith("+84")) {
            digits = compact.substring(1);
        } else if (compact.startsWith("0")) {
            digits = "84" + compact.substring(1);
        } else {
            digits = compact;
        }
        return CANONICAL.matcher(digits).matches() ? Optional.of(new MobileNumber(digits)) : Optional.empty();
    }

    @Override
    public String toString() {
        return digits;
    }
}
