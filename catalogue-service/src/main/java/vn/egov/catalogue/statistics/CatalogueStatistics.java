package vn.egov.catalogue.statistics;

import java.util.List;
import java.util.Map;

/**
 * The catalogue in figures, over the procedures in force today.
 *
 * @param byLevel procedures per service level (keys 1..4)
 * @param level3or4Share share (0..1, four decimals) of procedures at level 3 or 4
 * @param level4Share share at level 4
 * @param year calendar year of {@code proceduresWithOnlineDossiers}
 * @param proceduresWithOnlineDossiers procedures with at least one online dossier in {@code year}
 */
public record CatalogueStatistics(
        long total,
        Map<Integer, Long> byLevel,
        double level3or4Share,
        double level4Share,
        List<TierStatistics> byTier,
        int year,
        long proceduresWithOnlineDossiers) {

    /** The same figures for one agency tier. */
    public record TierStatistics(
            String agencyLevel, long total, Map<Integer, Long> byLevel, double level3or4Share, double level4Share) {}

    static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
