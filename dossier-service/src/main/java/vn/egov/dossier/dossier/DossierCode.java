package vn.egov.dossier.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dossier's code, {@code <agency code>-<YYMMDD>-<sequence>} (Circular 01/2018/TT-VPCP, Art. 19): the receiving
 * agency, the day of receipt and the day's sequence number of that agency, at least four digits and wider past 9999.
 */
public record DossierCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4,}$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a dossier code: " + value);
        }
    }

    public static DossierCode of(String agencyCode, LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
        }
        return new DossierCode(agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", sequence));
    }

    /** True when {@code text} has the shape of a code (for look-ups that must not fail on garbage). */
    public static boolean looksLikeOne(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
