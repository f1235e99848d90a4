package vn.egov.web.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An agency as {@code GET /api/catalogue/agencies} lists it; {@code level} is its tier. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agency(String code, String name, String level) {

    /** Every agency, on the one page the API answers them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Agency> items) {

        Page {
            items = items == null ? List.of() : items;
        }
    }
}
