package vn.egov.dossier.dossier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number in E.164 form ({@code +84912345678}). Applicants write it many ways ({@code 0912 345
 * 678}, {@code +84 912345678}, {@code 84912345678}); comparing normalised numbers is what makes the public look-up
 * work whatever they type.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern TYPED = Pattern.compile("[+\\d\\s().-]+");
    private static final Pattern INTERNATIONAL_WITHOUT_PLUS = Pattern.compile("84\\d{9}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (parse(e164).filter(e164::equals).isEmpty()) {
            throw new IllegalArgumentException("not a normalised Vietnamese mobile number");
        }
    }

    /**
     * Normalises what an applicant typed.
     *
     * @throws IllegalArgumentException when it is not a Vietnamese mobile number
     */
    public static PhoneNumber of(String text) {
        return new PhoneNumber(
                parse(text).orElseThrow(() -> new IllegalArgumentException("not a Vietnamese mobile number")));
    }

    /** The normalised number, or empty when {@code text} is not a Vietnamese mobile number. */
    public static Optional<PhoneNumber> tryParse(String text) {
        return parse(text).map(PhoneNumber::new);
    }

    private static Optional<String> parse(String text) {
        // libphonenumber reads letters as keypad digits (vanity numbers); an applicant's number has none.
        if (text == null
                || text.isBlank()
                || text.length() > 30
                || !TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = text.strip();
        // "84912345678" without a plus is how Zalo and many forms write it; libphonenumber would read it as national.
        if (INTERNATIONAL_WITHOUT_PLUS.matcher(digits).matches()) {
            digits = "+" + digits;
        }
        try {
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number = PHONES.parse(digits, "VN");
            if (number.getCountryCode() != 84 || !PHONES.isValidNumber(number)) {
                return Optional.empty();
            }
            PhoneNumberType type = PHONES.getNumberType(number);
            if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
