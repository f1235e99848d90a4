package vn.egov.web.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import vn.egov.web.catalogue.Agency;
import vn.egov.web.catalogue.Catalogue;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.Correlation;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.view.Labels;

/**
 * The figures of the statistics page, from {@code GET /api/dossiers/statistics}, which counts one period for one
 * filter. A breakdown (by month, by tier, by agency) is therefore one call per row; the calls of a page go out
 * together, a few at a time, each with the page's correlation id.
 */
@Component
class DossierStatistics {

    /** Calls of one page in flight at once: enough to be quick, few enough not to crowd the gateway. */
    private static final int IN_FLIGHT = 8;

    static final List<String> TIERS = List.of("CITY", "DISTRICT", "COMMUNE", "CENTRAL");

    private final PlatformApi api;
    private final Catalogue catalogue;
    private final Executor executor;

    DossierStatistics(PlatformApi api, Catalogue catalogue, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.api = api;
        this.catalogue = catalogue;
        this.executor = executor;
    }

    /** Every agency, for the filter and the names of the agency breakdown. */
    List<Agency> agencies() {
        return catalogue.agencies();
    }

    /**
     * The figures of the period for the filter, month by month; tier by tier when no agency is chosen; agency by
     * agency of the chosen tier when a tier but no agency is chosen.
     */
    StatisticsReport report(StatisticsFilter filter, List<Agency> agencies) {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        String correlationId = Correlation.current();
        CompletableFuture<Counts> total = async(slots, correlationId, () -> count(filter.from(), filter.to(), filter));
        List<Row> months = new ArrayList<>();
        for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
            YearMonth one = month;
            months.add(new Row(
                    "Tháng " + one.getMonthValue() + "/" + one.getYear(),
                    String.format("%02d/%d", one.getMonthValue(), one.getYear() % 100),
                    async(slots, correlationId, () -> count(one, one, filter))));
        }
        List<Row> tiers = new ArrayList<>();
        if (filter.agencyCode() == null) {
            for (String tier : TIERS) {
                StatisticsFilter byTier = new StatisticsFilter(filter.from(), filter.to(), tier, null);
                tiers.add(new Row(
                        Labels.AGENCY_LEVEL.get(tier),
                        Labels.AGENCY_LEVEL.get(tier).replace("Cấp ", "").replaceAll(",.*", ""),
                        async(slots, correlationId, () -> count(filter.from(), filter.to(), byTier))));
            }
        }
        List<Row> byAgency = new ArrayList<>();
        if (filter.agencyCode() == null && filter.tier() != null) {
            for (Agency agency : agencies) {
                if (filter.tier().equals(agency.level())) {
                    StatisticsFilter one = new StatisticsFilter(filter.from(), filter.to(), null, agency.code());
                    byAgency.add(new Row(
                            agency.name(),
                            agency.code(),
                            async(slots, correlationId, () -> count(filter.from(), filter.to(), one))));
                }
            }
        }
        return new StatisticsReport(join(total), rows(months), rows(tiers), rows(byAgency));
    }

    private Counts count(YearMonth from, YearMonth to, StatisticsFilter filter) {
        Map<String, Object> query = ApiPaths.parameters(
                "from", from.atDay(1),
                "to", to.atEndOfMonth(),
                "agencyLevel", filter.tier(),
                "agencyCode", filter.agencyCode());
        return api.get(null, ApiPaths.query("/api/dossiers/statistics", query), Counts.class);
    }

    private CompletableFuture<Counts> async(Semaphore slots, String correlationId, Supplier<Counts> call) {
        return CompletableFuture.supplyAsync(
                () -> {
                    slots.acquireUninterruptibly();
                    MDC.put("correlationId", correlationId);
                    try {
                        return call.get();
                    } finally {
                        MDC.remove("correlationId");
                        slots.release();
                    }
                },
                executor);
    }

    private static List<StatisticsReport.Row> rows(List<Row> pending) {
        return pending.stream()
                .map(row -> new StatisticsReport.Row(row.label(), row.shortLabel(), join(row.counts())))
                .toList();
    }

    /** The answer, or the platform's refusal or failure itself, as the page would have met it calling directly. */
    private static Counts join(CompletableFuture<Counts> counts) {
        try {
            return counts.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private record Row(String label, String shortLabel, CompletableFuture<Counts> counts) {}
}
