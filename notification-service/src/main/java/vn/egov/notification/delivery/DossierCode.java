package vn.egov.notification.delivery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code, {@code <agency code>-<YYMMDD>-<sequence>} (Circular 01/2018/TT-VPCP, Art. 19).
 *
 * @param value e.g. {@code 000.00.15.H17-261123-0001}
 */
public record DossierCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})-\\d{6}-\\d{4,}");

    public DossierCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a dossier code: " + value);
        }
    }

    /** The agency that received the dossier: the code's first part. */
    public String agencyCode() {
        Matcher matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalStateException(value);
        }
        return matcher.group(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
