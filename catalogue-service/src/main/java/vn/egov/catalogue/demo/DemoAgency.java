package vn.egov.catalogue.demo;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One agency of {@code catalogue/danang-agencies.json}.
 *
 * @param code administrative code {@code V1V2V3.Z1Z2.Y1Y2.M1X1X2}, for example {@code 000.00.15.H17}
 * @param name official Vietnamese name
 * @param tier {@code CITY}, {@code DISTRICT}, {@code COMMUNE} or {@code CENTRAL}
 * @param parentCode code of the agency above it, or {@code null} for the city itself and for central agencies
 */
public record DemoAgency(String code, String name, String tier, String parentCode) {

    /** The shape of an agency code; the province segment is {@code H} and two digits. */
    public static final Pattern CODE_PATTERN = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.H\\d{2}$");

    /** The agency tiers of the catalogue. */
    public static final Set<String> TIERS = Set.of("CITY", "DISTRICT", "COMMUNE", "CENTRAL");

    public DemoAgency {
        requireCode(code);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("agency name must not be blank");
        }
        if (!TIERS.contains(tier)) {
            throw new IllegalArgumentException("unknown agency tier: " + tier);
        }
        if (parentCode != null) {
            requireCode(parentCode);
        }
    }

    static void requireCode(String code) {
        if (code == null || !CODE_PATTERN.matcher(code).matches()) {
            throw new IllegalArgumentException("not an agency code: " + code);
        }
    }
}
