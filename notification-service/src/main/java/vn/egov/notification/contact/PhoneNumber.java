package vn.egov.notification.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number in the international form the SMS and Zalo gateways take: {@code 84} and nine digits,
 * without a plus sign ({@code 84905123456}).
 *
 * @param international the number as {@code 84xxxxxxxxx}
 */
public record PhoneNumber(String international) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern INTERNATIONAL = Pattern.compile("84[35789]\\d{8}");

    public PhoneNumber {
        if (international == null || !INTERNATIONAL.matcher(international).matches()) {
            throw new IllegalArgumentException("not a Vietnamese mobile number in the form 84xxxxxxxxx");
        }
    }

    /**
     * Reads a number as people write it ({@code 0905 123 456}, {@code +84 905.123.456}, {@code 84905123456}).
     *
     * @return empty when it is not a valid Vietnamese mobile number (SMS and Zalo reach mobiles only)
     */
    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String candidate = raw.strip();
        // "84905..." without a plus is how gateways write it; libphonenumber would read it as a national number.
        if (candidate.matches("84\\d{9}")) {
            candidate = "+" + candidate;
        }
        try {
            Phonenumber.PhoneNumber parsed = PHONES.parse(candidate, "VN");
            PhoneNumberType type = PHONES.getNumberType(parsed);
            if (parsed.getCountryCode() != 84
                    || !PHONES.isValidNumber(parsed)
                    || (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
                return Optional.empty();
            }
            String digits = PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)
                    .substring(1);
            return INTERNATIONAL.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The number as written in Vietnam, {@code 0905123456}. */
    public String national() {
        return "0" + international.substring(2);
    }

    @Override
    public String toString() {
        return international;
    }
}
