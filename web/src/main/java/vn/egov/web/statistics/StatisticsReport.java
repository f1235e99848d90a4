package vn.egov.web.statistics;

import java.util.List;

/**
 * The statistics page's figures: the whole period, and the same figures month by month, tier by tier and agency by
 * agency. A breakdown that does not apply to the filter (tiers once an agency is chosen) is empty.
 */
public record StatisticsReport(Counts total, List<Row> months, List<Row> tiers, List<Row> agencies) {

    /**
     * One row of a breakdown.
     *
     * @param label what the row is, in Vietnamese (a month, a tier, an agency's name)
     * @param shortLabel the label under a chart's bar
     */
    public record Row(String label, String shortLabel, Counts counts) {}
}
