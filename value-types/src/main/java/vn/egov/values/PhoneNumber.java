package vn.egov.values;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number, held in E.164 form ({@code +84905123456}). People write the same number many ways
 * ({@code 0905 123 456}, {@code +84 905.123.456}, {@code 84905123456}); {@link #parse} reads them all with
 * libphonenumber and refuses anything that is not a Vietnamese mobile (landlines and foreign numbers included: SMS and
 * Zalo reach mobiles only), so two spellings of one number are equal.
 *
 * <p>Renderings: {@link #e164()} for storage and comparison, {@link #msisdn()} ({@code 84905123456}) for Zalo ZNS and
 * the eSMS gateway, {@link #national()} ({@code 0905123456}) for people.
 *
 * @param e164 the number in E.164 form, {@code +84} and nine digits
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+84\\d{9}");
    private static final Pattern TYPED = Pattern.compile("[+\\d\\s().-]{1,30}");
    private static final Pattern MSISDN = Pattern.compile("84\\d{9}");

    /** @throws IllegalArgumentException unless {@code e164} is a Vietnamese mobile number already in E.164 form */
    public PhoneNumber {
        if (e164 == null
                || !E164.matcher(e164).matches()
                || !normalised(e164).filter(e164::equals).isPresent()) {
            throw new IllegalArgumentException("not a Vietnamese mobile number in E.164 form");
        }
    }

    /**
     * Reads a number as people and systems write it.
     *
     * @throws IllegalArgumentException when it is not a Vietnamese mobile number (null included)
     */
    public static PhoneNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a Vietnamese mobile number"));
    }

    /** The number {@code text} is, or empty when it is not a Vietnamese mobile number; never an exception. */
    public static Optional<PhoneNumber> tryParse(String text) {
        return normalised(text).map(PhoneNumber::new);
    }

    /** True when {@code text} is a Vietnamese mobile number in any spelling {@link #parse} reads. */
    public static boolean isValid(String text) {
        return normalised(text).isPresent();
    }

    /** The number as Zalo ZNS and the eSMS gateway take it, without a plus: {@code 84905123456}. */
    public String msisdn() {
        return e164.substring(1);
    }

    /** The number as written in Vietnam: {@code 0905123456}. */
    public String national() {
        return "0" + e164.substring(3);
    }

    @Override
    public String toString() {
        return e164;
    }

    private static Optional<String> normalised(String text) {
        // libphonenumber reads letters as keypad digits (vanity numbers); a person's number has none.
        if (text == null || text.isBlank() || !TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        String candidate = text.strip();
        // "84905123456" without a plus is how Zalo, gateways and many forms write it; libphonenumber would read it
        // as a national number.
        if (MSISDN.matcher(candidate).matches()) {
            candidate = "+" + candidate;
        }
        try {
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number = PHONES.parse(candidate, "VN");
            if (number.getCountryCode() != 84 || !PHONES.isValidNumber(number)) {
                return Optional.empty();
            }
            PhoneNumberType type = PHONES.getNumberType(number);
            if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                return Optional.empty();
            }
            String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            return E164.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
