package vn.egov.catalogue.agency;

import java.util.Objects;
import vn.egov.contracts.codes.AgencyCode;

/**
 * An agency of the city.
 *
 * @param code electronic identifier {@code V1V2V3.Z1Z2.Y1Y2.M1X1X2}, e.g. {@code 000.00.15.H17}
 * @param parentCode the unit above it, or null
 */
public record Agency(String code, String name, AgencyTier tier, String parentCode) {

    public Agency {
        if (!AgencyCode.isValid(code)) {
            throw new IllegalArgumentException("not an agency code: " + code);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
    }
}
