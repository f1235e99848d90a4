package vn.egov.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.catalogue.search.index.ProcedureSummaries.aSummary;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.search.index.IndexedProcedure;
import vn.egov.catalogue.search.index.ProcedureSummary;
import vn.egov.catalogue.search.index.SearchRequest;

/** Freshness of the index without Spring: a catalogue whose versions depend on the day, and a clock we move. */
class SearchIndexTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final MovableClock clock = new MovableClock(TODAY.atTime(23, 59, 50).atZone(ZONE));
    private final FakeCatalogue catalogue = new FakeCatalogue();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    // Results are cached per snapshot: every assertion below also shows that a rebuild never serves older results.
    private final SearchIndex index = new SearchIndex(
            catalogue, clock, new SearchProperties(100, 100, Duration.ofSeconds(10), 100, null), meters);

    @Test
    void answersARepeatedRequestFromTheSnapshotsResultsAndCountsIt() {
        index.rebuild("start-up");

        var first = index.search(SearchRequest.firstPage("le hoi", 20));
        var again = index.search(SearchRequest.firstPage("le hoi", 20));

        assertThat(again).isSameAs(first);
        assertThat(meters.get("egov.catalogue.search.requests")
                        .tag("result", "cached")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get("egov.catalogue.search.requests")
                        .tag("result", "computed")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void refusesToSearchBeforeTheFirstBuild() {
        assertThatThrownBy(() -> index.search(SearchRequest.firstPage("le hoi", 20)))
                .isInstanceOfSatisfying(
                        SearchNotReady.class, p -> assertThat(p.getMessage()).contains("indexed"));
    }

    @Test
    void aVersionDatedTomorrowIsSearchedOnceTheServiceDateChanges() {
        index.rebuild("start-up");
        assertThat(names("le hoi")).containsExactly("Cấp giấy phép tổ chức lễ hội");

        assertThat(index.refreshIfStale()).isFalse();
        clock.at(TODAY.plusDays(1).atStartOfDay(ZONE));

        assertThat(index.refreshIfStale()).isTrue();
        assertThat(names("le hoi")).containsExactly("Cấp giấy phép tổ chức lễ hội truyền thống");
        assertThat(index.snapshot().day()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void rebuildsWhenTheChangeMarkerMovesAndOnlyThen() {
        index.rebuild("start-up");
        int builds = catalogue.reads;

        assertThat(index.refreshIfStale()).isFalse();
        catalogue.marker = "2/1";

        assertThat(index.refreshIfStale()).isTrue();
        assertThat(catalogue.reads).isEqualTo(builds + 1);
        assertThat(index.snapshot().marker()).isEqualTo("2/1");
    }

    @Test
    void keepsServingTheOldSnapshotWhenARebuildFails() {
        index.rebuild("start-up");
        catalogue.failing = true;
        catalogue.marker = "3/1";

        assertThatThrownBy(index::refreshIfStale).isInstanceOf(IllegalStateException.class);
        assertThat(names("le hoi")).containsExactly("Cấp giấy phép tổ chức lễ hội");
        assertThat(index.snapshot().marker()).isEqualTo("1/1");
    }

    private List<String> names(String q) {
        return index.search(SearchRequest.firstPage(q, 20)).content().stream()
                .map(ProcedureSummary::name)
                .toList();
    }

    /** One procedure whose version 2, with a longer name, comes into force tomorrow. */
    private static final class FakeCatalogue implements SearchIndex.Catalogue {

        String marker = "1/1";
        int reads;
        boolean failing;

        @Override
        public List<IndexedProcedure> inForceOn(LocalDate day) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            reads++;
            boolean second = day.isAfter(TODAY);
            List<IndexedProcedure> in = new ArrayList<>();
            in.add(aSummary("8.000001")
                    .named(second ? "Cấp giấy phép tổ chức lễ hội truyền thống" : "Cấp giấy phép tổ chức lễ hội")
                    .inSector("Văn hóa")
                    .ofAgency("000.00.15.H17", "Sở Văn hóa", "CITY")
                    .atLevel(2)
                    .version(second ? 2 : 1, second ? TODAY.plusDays(1) : TODAY)
                    .processingDays(7, 4)
                    .fee(50_000)
                    .indexed("Giấy phép"));
            return in;
        }

        @Override
        public String changeMarker() {
            return marker;
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(ZonedDateTime start) {
            now = start.toInstant();
        }

        void at(ZonedDateTime time) {
            now = time.toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
