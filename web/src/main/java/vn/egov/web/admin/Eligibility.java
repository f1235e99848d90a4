package vn.egov.web.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What the catalogue's promotion rules say about a procedure ({@code GET /api/catalogue/procedures/{code}/eligibility}),
 * from the previous year's dossiers.
 *
 * @param eligibleLevel the highest level the rules allow raising to, or null when none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Eligibility(
        int serviceLevel,
        int year,
        long dossiers,
        long onlineDossiers,
        long onlineLevel3Dossiers,
        double onlineLevel3Share,
        @Nullable Integer eligibleLevel) {}
