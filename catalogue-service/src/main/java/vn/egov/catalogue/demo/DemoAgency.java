package vn.egov.catalogue.demo;

import java.util.Objects;
import java.util.Set;
import vn.egov.contracts.codes.AgencyCode;

/**
 * One agency of {@code catalogue/danang-agencies.json}.
 *
 * @param code administrative code {@code V1V2V3.Z1Z2.Y1Y2.M1X1X2}, for example {@code 000.00.15.H17}
 * @param name official Vietnamese name
 * @param tier {@code CITY}, {@code DISTRICT}, {@code COMMUNE} or {@code CENTRAL}
 * @param parentCode code of the agency above it, or {@code null} for the city itself and for central agencies
 */
public record DemoAgency(String code, String name, String tier, String parentCode) {

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

    /** An agency code whose last segment, the province, is {@code H} and two digits: the demo city's agencies. */
    static void requireCode(String code) {
        if (!AgencyCode.isValid(code) || code.charAt(code.lastIndexOf('.') + 1) != 'H') {
            throw new IllegalArgumentException("not an agency code: " + code);
        }
    }
}
