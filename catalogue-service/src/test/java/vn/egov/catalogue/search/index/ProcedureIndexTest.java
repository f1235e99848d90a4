package vn.egov.catalogue.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProcedureIndexTest {

    private static final ProcedureIndex INDEX = ProcedureIndex.build(List.of(
            procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch", "COMMUNE", 4),
            procedure("1.000000", "Đăng ký lại khai sinh", "Hộ tịch", "COMMUNE", 3),
            procedure("1.000656", "Đăng ký khai tử", "Hộ tịch", "COMMUNE", 4),
            procedure("2.000528", "Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", "DISTRICT", 3),
            procedure("1.013225", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Xây dựng", "DISTRICT", 3),
            procedure("1.002804", "Cấp lại Giấy phép lái xe", "Đường bộ", "CITY", 4),
            procedure("1.001777", "Cấp Giấy phép lái xe quốc tế", "Đường bộ", "CITY", 4),
            procedure("2.000001", "Cấp bản sao", "Chứng thực", "COMMUNE", 2),
            procedure("2.000002", "Cấp bản sao", "Chứng thực", "COMMUNE", 2)));

    @Nested
    class Matching {

        @Test
        void accentedUnaccentedAndUpperCaseSpellingsRankTheSame() {
            List<List<String>> rankings =
                    List.of("Đăng ký khai sinh", "dang ky khai sinh", "ĐĂNG KÝ KHAI SINH").stream()
                            .map(ProcedureIndexTest::codes)
                            .toList();

            assertThat(rankings.get(0)).first().isEqualTo("1.001193");
            assertThat(rankings).allSatisfy(r -> assertThat(r).isEqualTo(rankings.get(0)));
        }

        @Test
        void findsAWordWithOneLetterMissingOrTwoLettersSwapped() {
            assertThat(codes("dang ky khai snih")).first().isEqualTo("1.001193");
            assertThat(codes("dang ky khia sinh")).first().isEqualTo("1.001193");
        }

        @Test
        void findsAPartialLastWord() {
            assertThat(codes("khai si")).first().isEqualTo("1.001193");
            assertThat(codes("giay phep lai x")).contains("1.002804", "1.001777");
        }

        @Test
        void putsTheProcedureWhoseCodeIsTypedFirst() {
            assertThat(codes("1.000656")).containsExactly("1.000656");
        }

        @Test
        void expandsAbbreviationsBeforeSearching() {
            assertThat(codes("GPXD nha o")).first().isEqualTo("1.013225");
        }

        @Test
        void aStrayWordDoesNotReturnEverythingTheOtherWordMatches() {
            assertThat(codes("sinh zzqxw")).isEmpty();
            assertThat(INDEX.search(request("dang ky khai sinh xyz", null, null, null, 0, 20))
                            .total())
                    .isEqualTo(3);
        }

        @Test
        void aNameThatRepeatsAWordIsNotMoreRelevantForIt() {
            assertThat(codes("cap lai giay phep lai xe")).first().isEqualTo("1.002804");
        }

        @Test
        void searchesTheSectorAtALowerWeightThanTheName() {
            assertThat(codes("chung thuc")).containsExactlyInAnyOrder("2.000001", "2.000002");
        }
    }

    @Nested
    class Ordering {

        @Test
        void equalScoresGoToTheShorterNameThenTheCode() {
            assertThat(codes("cap ban sao")).containsExactly("2.000001", "2.000002");
            assertThat(codes("dang ky khai")).startsWith("1.000656", "1.001193");
        }

        @Test
        void listsEverythingInCodeOrderWithoutAQuery() {
            List<String> codes = INDEX.search(request(null, null, null, null, 0, 100)).content().stream()
                    .map(ProcedureSummary::code)
                    .toList();

            assertThat(codes).hasSize(9).isSorted();
        }
    }

    @Nested
    class FiltersAndPages {

        @Test
        void filtersByTierLevelAndSectorInAnySpelling() {
            assertThat(INDEX.search(request("khai sinh", "DISTRICT", 3, null, 0, 20))
                            .content())
                    .extracting(ProcedureSummary::code)
                    .containsExactly("2.000528");
            assertThat(INDEX.search(request(null, null, null, "HO TICH", 0, 20)).total())
                    .isEqualTo(4);
            assertThat(INDEX.search(request(null, null, null, "Hộ tịch", 0, 20)).total())
                    .isEqualTo(4);
            assertThat(INDEX.search(request(null, "CENTRAL", null, null, 0, 20)).total())
                    .isZero();
        }

        @Test
        void pagesThroughTheWholeResultWithTheExactTotal() {
            List<String> seen = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                SearchResult result = INDEX.search(request(null, null, null, null, page, 4));
                assertThat(result.total()).isEqualTo(9);
                result.content().forEach(s -> seen.add(s.code()));
            }

            assertThat(seen).hasSize(9).doesNotHaveDuplicates().isSorted();
            assertThat(INDEX.search(request(null, null, null, null, 1_000_000, 100))
                            .content())
                    .isEmpty();
        }

        @Test
        void returnsTheSummaryAsIndexed() {
            ProcedureSummary first = INDEX.search(request("1.001193", null, null, null, 0, 1))
                    .content()
                    .get(0);

            assertThat(first)
                    .isEqualTo(procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch", "COMMUNE", 4)
                            .summary());
        }
    }

    @Test
    void indexesNothingWithoutFailing() {
        ProcedureIndex empty = ProcedureIndex.build(List.of());

        assertThat(empty.search(request("khai sinh", null, null, null, 0, 20)).total())
                .isZero();
        assertThat(empty.search(request(null, null, null, null, 3, 20)).content())
                .isEmpty();
    }

    private static List<String> codes(String q) {
        return INDEX.search(SearchRequest.firstPage(q, 20)).content().stream()
                .map(ProcedureSummary::code)
                .toList();
    }

    private static SearchRequest request(String q, String tier, Integer level, String sector, int page, int size) {
        SearchRequest base = SearchRequest.firstPage(q, size);
        return new SearchRequest(base.raw(), base.text(), tier, level, sector, page, size);
    }

    static IndexedProcedure procedure(String code, String name, String sector, String tier, int level) {
        return ProcedureSummaries.aSummary(code)
                .named(name)
                .inSector(sector)
                .ofTier(tier)
                .atLevel(level)
                .indexed("Giấy chứng nhận");
    }
}
