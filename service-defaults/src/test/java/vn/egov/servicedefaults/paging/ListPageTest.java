package vn.egov.servicedefaults.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListPageTest {

    @Test
    void saysWhereAMiddlePageSits() {
        ListPage<String> page = ListPage.of(List.of("k", "l"), 5, 2, 23);

        assertThat(page.items()).containsExactly("k", "l");
        assertThat(page.page()).isEqualTo(new ListPage.Position(5, 2, 23, 12, true, null));
    }

    @Test
    void theLastPageHasNoNext() {
        assertThat(ListPage.of(List.of("w"), 11, 2, 23).page().hasNext()).isFalse();
        assertThat(ListPage.of(List.of(), 0, 20, 0).page()).isEqualTo(new ListPage.Position(0, 20, 0, 0, false, null));
    }

    @Test
    void saysHowASortedListIsSorted() {
        assertThat(ListPage.of(List.of("a"), 0, 20, 1)
                        .sortedBy("dueDate,asc")
                        .page()
                        .sort())
                .isEqualTo("dueDate,asc");
    }

    @Test
    void aShortListIsWholeOnOnePage() {
        assertThat(ListPage.whole(List.of("a", "b", "c")).page())
                .isEqualTo(new ListPage.Position(0, 3, 3, 1, false, null));
        assertThat(ListPage.whole(List.of()).page()).isEqualTo(new ListPage.Position(0, 0, 0, 0, false, null));
    }
}
