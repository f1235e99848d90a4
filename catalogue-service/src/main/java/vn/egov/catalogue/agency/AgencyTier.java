package vn.egov.catalogue.agency;

import java.util.Arrays;
import java.util.Optional;

/** The tier of a competent agency; the API calls it {@code agencyLevel}. */
public enum AgencyTier {
    /** City departments, boards and sectors (sở, ban, ngành). */
    CITY,
    /** Urban and rural districts (quận, huyện). */
    DISTRICT,
    /** Wards and communes (phường, xã). */
    COMMUNE,
    /** Central agencies located in the city (tax, police, customs, social insurance…). */
    CENTRAL;

    /** The tier of that name, or empty for anything else (the caller names the field in its error). */
    public static Optional<AgencyTier> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
