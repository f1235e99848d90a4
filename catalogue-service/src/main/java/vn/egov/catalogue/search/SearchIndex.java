package vn.egov.catalogue.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.egov.catalogue.search.index.IndexedProcedure;
import vn.egov.catalogue.search.index.ProcedureIndex;
import vn.egov.catalogue.search.index.SearchRequest;
import vn.egov.catalogue.search.index.SearchResult;

/**
 * This instance's search index: the procedures in force today, as one immutable {@link ProcedureIndex} snapshot
 * behind a volatile reference. A rebuild reads the catalogue, builds a new snapshot aside and swaps the reference, so
 * a search sees the old snapshot or the new one, never a half-built one. Rebuilds run one at a time; a caller whose
 * change an already finished rebuild has seen returns at once (see {@link #rebuild}).
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** Where the index comes from: the procedures in force on a day, and a marker that moves with every write. */
    public interface Catalogue {

        List<IndexedProcedure> inForceOn(LocalDate day);

        String changeMarker();
    }

    /**
     * One built index and what it was built from.
     *
     * @param day the date (service clock) whose versions in force it holds
     * @param marker the catalogue's change marker read before the procedures
     * @param builtAt when the build finished
     * @param buildMillis how long reading and indexing took
     */
    public record Snapshot(ProcedureIndex index, LocalDate day, String marker, Instant builtAt, long buildMillis) {}

    /** A snapshot with the results it already computed (dropped with it: results never outlive their index). */
    private record Serving(Snapshot snapshot, Cache<SearchRequest, SearchResult> results) {}

    private final Catalogue catalogue;
    private final Clock clock;
    private final long resultCacheSize;
    private final Counter hits;
    private final Counter misses;
    private final Object building = new Object();
    private final AtomicLong requests = new AtomicLong();
    private long servedUpTo; // guarded by building
    private volatile Serving serving;

    SearchIndex(Catalogue catalogue, Clock clock, SearchProperties properties, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.resultCacheSize = properties.resultCacheSize();
        this.hits = Counter.builder("egov.catalogue.search.requests")
                .tag("result", "cached")
                .description("Searches answered from the current index's result cache")
                .register(meters);
        this.misses = Counter.builder("egov.catalogue.search.requests")
                .tag("result", "computed")
                .description("Searches the current index computed")
                .register(meters);
    }

    /**
     * Answers a list or search request from the current index. Results are kept per index snapshot (up to
     * {@code egov.catalogue.search.result-cache-size} requests, least recently used out): the catalogue changes
     * rarely and citizens ask the same few hundred questions, so most searches repeat one the snapshot already
     * answered. A rebuild starts with an empty cache, so a result is never older than the index it came from.
     *
     * @throws SearchNotReady before the first build (the service is not ready yet either)
     */
    public SearchResult search(SearchRequest request) {
        Serving current = serving;
        if (current == null) {
            throw new SearchNotReady();
        }
        if (current.results() == null) {
            misses.increment();
            return current.snapshot().index().search(request);
        }
        SearchResult cached = current.results().getIfPresent(request);
        if (cached != null) {
            hits.increment();
            return cached;
        }
        misses.increment();
        SearchResult computed = current.snapshot().index().search(request);
        current.results().put(request, computed);
        return computed;
    }

    /** The snapshot searched now, or null before the first build. */
    public Snapshot snapshot() {
        Serving current = serving;
        return current == null ? null : current.snapshot();
    }

    /**
     * Rebuilds from the catalogue as committed now, unless a rebuild that started after this call did already: a
     * writer calls this after its commit, and any build that begins later reads that commit too.
     */
    public Snapshot rebuild(String reason) {
        long ticket = requests.incrementAndGet();
        synchronized (building) {
            if (servedUpTo >= ticket) {
                return serving.snapshot();
            }
            long covers = requests.get();
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock);
            String marker = catalogue.changeMarker();
            List<IndexedProcedure> procedures = catalogue.inForceOn(today);
            ProcedureIndex index = ProcedureIndex.build(procedures);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Snapshot built = new Snapshot(index, today, marker, clock.instant(), millis);
            serving = new Serving(
                    built,
                    resultCacheSize == 0
                            ? null
                            : Caffeine.newBuilder().maximumSize(resultCacheSize).build());
            servedUpTo = covers;
            log.info(
                    "Search index rebuilt ({}): {} procedures in force on {}, {} ms",
                    reason,
                    index.size(),
                    today,
                    millis);
            return built;
        }
    }

    /**
     * Rebuilds if the service clock's date is no longer the snapshot's (versions dated today come into force) or the
     * catalogue's change marker moved (a write, possibly by another instance).
     *
     * @return whether it rebuilt
     */
    public boolean refreshIfStale() {
        Snapshot current = snapshot();
        if (current == null) {
            rebuild("first build");
            return true;
        }
        if (!current.day().equals(LocalDate.now(clock))) {
            rebuild("new day " + LocalDate.now(clock));
            return true;
        }
        if (!current.marker().equals(catalogue.changeMarker())) {
            rebuild("catalogue changed");
            return true;
        }
        return false;
    }
}
