package vn.egov.contracts.codes;

import java.util.regex.Pattern;

/**
 * An agency's electronic identifier {@code V1V2V3.Z1Z2.Y1Y2.M1X1X2} (Decision 20/2020/QĐ-TTg), e.g. {@code
 * 000.00.15.H17} for Đà Nẵng's Department of Justice. The schemas' {@code agencyCode} pattern is the same shape; {@code
 * CodeSchemasTest} keeps the two in step.
 *
 * @param value the code as written
 */
public record AgencyCode(String value) {

    static final String FORMAT = "\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    /** @throws IllegalArgumentException when {@code value} is not an agency code */
    public AgencyCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an agency code: " + value);
        }
    }

    /**
     * The agency code {@code text} is.
     *
     * @throws IllegalArgumentException when it is not one (null included)
     */
    public static AgencyCode parse(String text) {
        return new AgencyCode(text);
    }

    /** True when {@code text} is an agency code; false for null and for anything else, never an exception. */
    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
