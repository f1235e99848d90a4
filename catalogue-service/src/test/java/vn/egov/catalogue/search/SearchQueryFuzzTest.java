package vn.egov.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import vn.egov.catalogue.procedure.InvalidProcedure;
import vn.egov.catalogue.search.index.SearchText;

/**
 * The public search's parameters as anyone may send them: checking refuses with the catalogue's own 400 problem only,
 * and a query that passes is folded the documented way (lower case, no marks, single spaces), folding twice changing
 * nothing.
 */
class SearchQueryFuzzTest {

    private static final SearchProperties PROPERTIES = new SearchProperties(100, 100, Duration.ofSeconds(10), 0, null);

    @FuzzTest(maxDuration = "3s")
    void checksAndFoldsAnySearchRequest(FuzzedDataProvider data) {
        String agencyLevel = data.consumeBoolean() ? data.consumeString(20) : null;
        Integer serviceLevel = data.consumeBoolean() ? data.consumeInt() : null;
        String sector = data.consumeBoolean() ? data.consumeString(250) : null;
        String agencyCode = data.consumeBoolean() ? data.consumeString(40) : null;
        Integer page = data.consumeBoolean() ? data.consumeInt() : null;
        Integer size = data.consumeBoolean() ? data.consumeInt() : null;
        String q = data.consumeBoolean() ? data.consumeRemainingAsString() : null;

        Throwable refused = catchThrowable(
                () -> SearchQuery.of(q, agencyLevel, agencyCode, serviceLevel, sector, page, size, PROPERTIES));
        if (refused != null) {
            assertThat(refused).isInstanceOf(InvalidProcedure.class);
            return;
        }
        SearchQuery query = SearchQuery.of(q, agencyLevel, agencyCode, serviceLevel, sector, page, size, PROPERTIES);
        assertThat(query.page()).isNotNegative();
        assertThat(query.size()).isBetween(1, PROPERTIES.maxPageSize());
        if (query.text() != null) {
            assertThat(query.text())
                    .isNotBlank()
                    .doesNotContain("  ")
                    .isEqualTo(query.text().strip());
            assertThat(query.toRequest()).isNotNull();
        }
        String folded = SearchText.fold(q == null ? "" : q);
        assertThat(SearchText.fold(folded)).isEqualTo(folded);
    }
}
