package vn.egov.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.catalogue.procedure.ProcedureFixtures.aProcedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.catalogue.IntegrationTestBase;
import vn.egov.catalogue.search.index.ProcedureIndex;
import vn.egov.catalogue.search.index.ProcedureSummary;
import vn.egov.catalogue.search.index.SearchRequest;

/**
 * Search follows the catalogue: every admin write is searchable as soon as its call returns, with no waiting, and a
 * version dated tomorrow is not searched today. (The rebuild when the date changes is {@code SearchIndexTest}'s: the
 * service clock cannot move here.) Names use made-up words that no other test searches for.
 */
class SearchFreshnessIT extends IntegrationTestBase {

    @Autowired
    private Clock clock;

    @Autowired
    private InForceProcedures inForce;

    @Test
    void aCreatedProcedureAndItsNewVersionAreSearchableAsSoonAsTheCallsReturn() {
        assertThat(api.post(
                                "/api/catalogue/procedures",
                                admin(),
                                aProcedure("8.000301")
                                        .with("name", "Cấp phép quokka")
                                        .body())
                        .status())
                .isEqualTo(201);
        assertThat(codes("quokka")).containsExactly("8.000301");

        assertThat(api.post(
                                "/api/catalogue/procedures/8.000301/versions",
                                admin(),
                                aProcedure("8.000301")
                                        .with("name", "Cấp phép wombat")
                                        .effectiveFrom(today())
                                        .readVersion(1)
                                        .body())
                        .status())
                .isEqualTo(201);

        assertThat(codes("wombat")).containsExactly("8.000301");
        assertThat(codes("quokka")).isEmpty();
    }

    @Test
    void aRetiredProcedureLeavesTheSearchAsSoonAsTheCallReturns() {
        api.post(
                "/api/catalogue/procedures",
                admin(),
                aProcedure("8.000302").with("name", "Cấp phép numbat").body());
        assertThat(codes("numbat")).containsExactly("8.000302");

        assertThat(api.post("/api/catalogue/procedures/8.000302/retire", admin(), Map.of("version", 1))
                        .status())
                .isEqualTo(200);

        assertThat(codes("numbat")).isEmpty();
    }

    @Test
    void aLevelChangeIsFilteredOnAsSoonAsTheCallReturns() {
        api.post(
                "/api/catalogue/procedures",
                admin(),
                aProcedure("8.000303")
                        .with("name", "Cấp phép dugong")
                        .atLevel(2)
                        .body());
        assertThat(codes("dugong&serviceLevel=2")).containsExactly("8.000303");

        assertThat(api.post(
                                "/api/catalogue/procedures/8.000303/level",
                                admin(),
                                Map.of(
                                        "version",
                                        1,
                                        "serviceLevel",
                                        3,
                                        "force",
                                        true,
                                        "justification",
                                        "Kiểm thử chỉ mục tìm kiếm"))
                        .status())
                .isEqualTo(200);

        assertThat(codes("dugong&serviceLevel=3")).containsExactly("8.000303");
        assertThat(codes("dugong&serviceLevel=2")).isEmpty();
    }

    @Test
    void aVersionDatedTomorrowIsNotSearchedTodayButIsInTomorrowsIndex() {
        api.post(
                "/api/catalogue/procedures",
                admin(),
                aProcedure("8.000304").with("name", "Cấp phép bilby").body());
        assertThat(api.post(
                                "/api/catalogue/procedures/8.000304/versions",
                                admin(),
                                aProcedure("8.000304")
                                        .with("name", "Cấp phép potoroo")
                                        .effectiveFrom(today().plusDays(1))
                                        .readVersion(1)
                                        .body())
                        .status())
                .isEqualTo(201);

        assertThat(codes("potoroo")).isEmpty();
        assertThat(codes("bilby")).containsExactly("8.000304");
        // What the rebuild at midnight reads: the same database rule, one day on.
        ProcedureIndex tomorrow = ProcedureIndex.build(inForce.inForceOn(today().plusDays(1)));
        assertThat(tomorrow.search(SearchRequest.firstPage("potoroo", 20)).content())
                .extracting(ProcedureSummary::code, ProcedureSummary::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8.000304", 2));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<String> codes(String queryAndParameters) {
        String[] parts = queryAndParameters.split("&", 2);
        return api.search(parts[0], parts.length > 1 ? parts[1] : null)
                .body()
                .get("items")
                .valueStream()
                .map(p -> p.get("code").asString())
                .toList();
    }
}
