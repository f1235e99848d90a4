package vn.egov.catalogue.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.agency.AgencyTier;
import vn.egov.catalogue.procedure.CurrentVersions;
import vn.egov.catalogue.statistics.CatalogueStatistics.TierStatistics;

/** Counts the procedures in force by tier and level, and those that received online dossiers in a year. */
@Service
public class ComputeStatistics {

    private final JdbcClient jdbc;
    private final Clock clock;

    ComputeStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param year the year for the online-dossier figure, null for the current one */
    @Transactional(readOnly = true)
    public CatalogueStatistics compute(Integer year) {
        LocalDate today = LocalDate.now(clock);
        Map<AgencyTier, long[]> counts = new LinkedHashMap<>();
        for (AgencyTier tier : AgencyTier.values()) {
            counts.put(tier, new long[5]);
        }
        jdbc.sql("with " + CurrentVersions.CTE
                        + " select agency_tier, service_level, count(*) as n from current_version"
                        + " group by agency_tier, service_level")
                .param("today", today)
                .query(rs -> {
                    counts.get(AgencyTier.valueOf(rs.getString("agency_tier")))[rs.getInt("service_level")] =
                            rs.getLong("n");
                });
        long[] all = new long[5];
        List<TierStatistics> tiers = new ArrayList<>();
        counts.forEach((tier, levels) -> {
            for (int level = 1; level <= 4; level++) {
                all[level] += levels[level];
            }
            tiers.add(tierOf(tier.name(), levels));
        });
        TierStatistics overall = tierOf("ALL", all);
        int statisticsYear = year == null ? today.getYear() : year;
        long withOnline = jdbc.sql("with " + CurrentVersions.CTE
                        + " select count(*) from current_version c where exists (select 1 from dossier_count d"
                        + " where d.procedure_code = c.procedure_code and d.year = :year and d.online > 0)")
                .param("today", today)
                .param("year", statisticsYear)
                .query(Long.class)
                .single();
        return new CatalogueStatistics(
                overall.total(),
                overall.byLevel(),
                overall.level3or4Share(),
                overall.level4Share(),
                tiers,
                statisticsYear,
                withOnline);
    }

    private static TierStatistics tierOf(String name, long[] levels) {
        Map<Integer, Long> byLevel = new LinkedHashMap<>();
        long total = 0;
        for (int level = 1; level <= 4; level++) {
            byLevel.put(level, levels[level]);
            total += levels[level];
        }
        return new TierStatistics(
                name,
                total,
                byLevel,
                CatalogueStatistics.share(levels[3] + levels[4], total),
                CatalogueStatistics.share(levels[4], total));
    }
}
