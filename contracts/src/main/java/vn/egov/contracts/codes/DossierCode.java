package vn.egov.contracts.codes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A dossier's code, {@code <agency code>-<YYMMDD>-<sequence>} (Circular 01/2018/TT-VPCP, Art. 19): the receiving
 * agency, the day of receipt and that agency's sequence number of the day, at least four digits and wider past 9999,
 * e.g. {@code 000.00.15.H17-261123-0001}. The schemas' {@code dossierCode} pattern is the same shape; {@code
 * CodeSchemasTest} keeps the two in step.
 *
 * @param value the code as written
 */
public record DossierCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("(" + AgencyCode.FORMAT + ")-\\d{6}-\\d{4,}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    /** @throws IllegalArgumentException when {@code value} is not a dossier code */
    public DossierCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a dossier code: " + value);
        }
    }

    /**
     * The code of an agency's {@code sequence}-th dossier received on {@code day}.
     *
     * @throws IllegalArgumentException when {@code sequence} is below 1
     */
    public static DossierCode of(AgencyCode agency, LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
        }
        return new DossierCode(agency + "-" + DAY.format(day) + "-" + String.format("%04d", sequence));
    }

    /**
     * The dossier code {@code text} is.
     *
     * @throws IllegalArgumentException when it is not one (null included)
     */
    public static DossierCode parse(String text) {
        return new DossierCode(text);
    }

    /** True when {@code text} is a dossier code; false for null and for anything else, never an exception. */
    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /** The agency that received the dossier: the code's first part. */
    public AgencyCode agency() {
        return new AgencyCode(value.substring(0, value.indexOf('-')));
    }

    @Override
    public String toString() {
        return value;
    }
}
