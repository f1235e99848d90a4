package vn.egov.web.statistics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/dossiers/statistics} counts for one period and filter: dossiers received (and online), processed
 * (on time and late), apologies issued. Shares are fractions, null when there is nothing to divide by.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Counts(
        long received,
        long online,
        @Nullable Double onlineShare,
        long processed,
        long onTime,
        long late,
        @Nullable Double onTimeRate,
        long apologies) {}
