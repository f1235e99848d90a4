package vn.egov.web.catalogue;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.platform.PlatformUnavailable;

/** The catalogue as the pages read it, anonymously, through the gateway. */
@Component
public class Catalogue {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The largest page the catalogue serves. */
    private static final int ALL = 100;

    private final PlatformApi api;
    private final Cached<List<String>> sectors = new Cached<>(Duration.ofMinutes(10));
    private final Cached<List<Agency>> agencies = new Cached<>(Duration.ofMinutes(10));
    private final Cached<Figures> figures = new Cached<>(Duration.ofMinutes(1));

    Catalogue(PlatformApi api) {
        this.api = api;
    }

    /** A page of procedures in force; {@code page} from 0. */
    public ProcedurePage search(SearchFilter filter, int page, int size) {
        return api.get(
                null,
                ApiPaths.query(
                        "/api/catalogue/procedures",
                        ApiPaths.parameters(
                                "q", filter.q(),
                                "agencyLevel", filter.agencyLevel(),
                                "agencyCode", filter.agencyCode(),
                                "serviceLevel", filter.serviceLevel(),
                                "sector", filter.sector(),
                                "page", page,
                                "size", size)),
                ProcedurePage.class);
    }

    /**
     * The procedure in force.
     *
     * @throws ApiProblem 404 when there is no such procedure
     */
    public ProcedureDetail procedure(String code) {
        return api.get(null, ApiPaths.path("/api/catalogue/procedures/{}", code), ProcedureDetail.class);
    }

    /** The sectors of the procedures in force, in Vietnamese alphabetical order, for the search filter. */
    public List<String> sectors() {
        return sectors.get(() -> {
            Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
            TreeSet<String> all = new TreeSet<>(vietnamese);
            int page = 0;
            ProcedurePage current;
            do {
                current = search(SearchFilter.NONE, page++, ALL);
                current.items().stream()
                        .map(ProcedureSummary::sector)
                        .filter(sector -> sector != null && !sector.isBlank())
                        .forEach(all::add);
            } while (page < current.page().totalPages() && page < 50);
            return List.copyOf(all);
        });
    }

    /**
     * The home page's figures: the catalogue's shares and this year's dossiers. A service that does not answer only
     * leaves its figures out.
     */
    public Figures figures() {
        return figures.get(() -> new Figures(catalogueFigures(), dossierFigures()));
    }

    private Figures.@Nullable CatalogueFigures catalogueFigures() {
        try {
            return api.get(null, "/api/catalogue/statistics", Figures.CatalogueFigures.class);
        } catch (PlatformUnavailable | ApiProblem e) {
            log.warn("No catalogue figures for the home page: {}", e.getMessage());
            return null;
        }
    }

    private Figures.@Nullable DossierFigures dossierFigures() {
        LocalDate today = LocalDate.now(CITY);
        try {
            return api.get(
                    null,
                    "/api/dossiers/statistics?from=" + today.withDayOfYear(1) + "&to=" + today,
                    Figures.DossierFigures.class);
        } catch (PlatformUnavailable | ApiProblem e) {
            log.warn("No dossier figures for the home page: {}", e.getMessage());
            return null;
        }
    }

    /** What a search asks for; null members are not filtered on. */
    public record SearchFilter(
            @Nullable String q,
            @Nullable String agencyLevel,
            @Nullable Integer serviceLevel,
            @Nullable String sector,
            @Nullable String agencyCode) {

        static final SearchFilter NONE = new SearchFilter(null, null, null, null, null);

        public boolean isEmpty() {
            return q == null && agencyLevel == null && serviceLevel == null && sector == null && agencyCode == null;
        }
    }

    /** Every agency, for filters and forms: the city's first, then by name in Vietnamese order. */
    public List<Agency> agencies() {
        return agencies.get(() -> {
            Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
            return api.get(null, "/api/catalogue/agencies", Agency.Page.class).items().stream()
                    .sorted(java.util.Comparator.comparing((Agency a) -> LEVEL_ORDER.indexOf(a.level()))
                            .thenComparing(Agency::name, vietnamese))
                    .toList();
        });
    }

    private static final List<String> LEVEL_ORDER = List.of("CITY", "DISTRICT", "COMMUNE", "CENTRAL");

    /** One value kept for a while; a failed refresh keeps nothing, so the next page tries again. */
    private static final class Cached<T> {

        private final Duration ttl;
        private final AtomicReference<Entry<T>> entry = new AtomicReference<>();

        Cached(Duration ttl) {
            this.ttl = ttl;
        }

        T get(Supplier<T> load) {
            Entry<T> current = entry.get();
            if (current != null && Instant.now().isBefore(current.until())) {
                return current.value();
            }
            T value = load.get();
            entry.set(new Entry<>(value, Instant.now().plus(ttl)));
            return value;
        }

        private record Entry<T>(T value, Instant until) {}
    }
}
