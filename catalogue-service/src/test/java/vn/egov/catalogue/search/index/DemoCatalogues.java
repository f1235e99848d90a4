package vn.egov.catalogue.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.demo.DemoAgency;
import vn.egov.catalogue.demo.DemoProcedure;
import vn.egov.catalogue.demo.SyntheticCatalogue;

/**
 * The demo catalogue (and, on demand, the synthetic one with the seed the service uses) as index records, read from
 * the same resources the service seeds its database from, so that engine tests need no database.
 */
final class DemoCatalogues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoCatalogues() {}

    static List<IndexedProcedure> demo() {
        return withSynthetic(0);
    }

    /** The demo catalogue plus {@code count} synthetic procedures (seed 42, as {@code DemoCatalogueLoader}). */
    static List<IndexedProcedure> withSynthetic(int count) {
        Map<String, DemoAgency> agencies =
                read("/catalogue/danang-agencies.json", new TypeReference<List<DemoAgency>>() {}).stream()
                        .collect(Collectors.toMap(DemoAgency::code, Function.identity()));
        List<DemoProcedure> procedures =
                new ArrayList<>(read("/catalogue/danang-procedures.json", new TypeReference<List<DemoProcedure>>() {}));
        procedures.addAll(SyntheticCatalogue.generate(count, 42L));
        return procedures.stream().map(p -> record(p, agencies)).toList();
    }

    private static IndexedProcedure record(DemoProcedure p, Map<String, DemoAgency> agencies) {
        int online = p.onlineProcessingDays() != null
                ? p.onlineProcessingDays()
                : Math.max(1, (int) Math.ceil(p.processingDays() * 0.5 - 1e-9));
        return ProcedureSummaries.aSummary(p.code())
                .named(p.name())
                .inSector(p.sector())
                .ofAgency(p.agencyCode(), agencies.get(p.agencyCode()).name(), p.agencyTier())
                .atLevel(p.serviceLevel())
                .version(1, java.time.LocalDate.of(2024, 1, 1))
                .processingDays(p.processingDays(), online)
                .fee(p.totalFee())
                .indexed(p.resultType());
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = DemoCatalogues.class.getResourceAsStream(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
