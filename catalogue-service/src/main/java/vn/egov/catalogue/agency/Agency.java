package vn.egov.catalogue.agency;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An agency of the city.
 *
 * @param code electronic identifier {@code V1V2V3.Z1Z2.Y1Y2.M1X1X2}, e.g. {@code 000.00.15.H17}
 * @param parentCode the unit above it, or null
 */
public record Agency(String code, String name, AgencyTier tier, String parentCode) {

    /** Shape of an agency code (Quyết định 20/2020/QĐ-TTg). */
    public static final Pattern CODE = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$");

    public Agency {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an agency code: " + code);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
    }
}
