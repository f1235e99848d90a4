package vn.egov.catalogue.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.demo.SyntheticCatalogue.Action;
import vn.egov.catalogue.demo.SyntheticCatalogue.Stem;

/** Reading {@code catalogue/synthetic-stems.json}: shared actions resolved, every mistake in the file refused. */
class StemsTest {

    private static final String STEM =
            """
            {"object": "giấy phép khai thác thủy sản", "sector": "Thủy sản", "tier": "CITY",
             "agencyCode": "000.00.08.H17", "legalBasis": "Luật Thủy sản 2017", "days": 6, "feeKind": "Lệ phí",
             "fee": 40000, "sameDay": false, "physicalResult": false, "actions": %s, "qualifiers": [""],
             "documents": [{"name": "Đơn đề nghị theo mẫu", "form": "ORIGINAL", "count": 1, "template": null, "condition": null}]}
            """;

    private static final String SHARED =
            """
            {"cap": {"name": "Cấp %s", "result": "%s", "feePercent": 100, "daysPercent": 100}}
            """;

    @Test
    void resolvesSharedActionsByKeyAndReadsActionsOfTheStemsOwn() {
        List<Stem> stems = Stems.read(
                file(
                        SHARED,
                        STEM.formatted(
                                """
                        ["cap", {"name": "Gia hạn %s", "result": "%s (gia hạn)", "feePercent": 50, "daysPercent": 30}]
                        """)));

        assertThat(stems).singleElement().satisfies(stem -> assertThat(stem.actions())
                .containsExactly(
                        new Action("Cấp %s", "%s", 100, 100), new Action("Gia hạn %s", "%s (gia hạn)", 50, 30)));
    }

    @Test
    void refusesAnActionKeyThatIsNotShared() {
        assertThatThrownBy(() -> Stems.read(file(SHARED, STEM.formatted("[\"cap-lai\"]"))))
                .hasMessageContaining("unknown action: cap-lai");
    }

    @Test
    void refusesAPropertyTheStemDoesNotHave() {
        String withExtra = STEM.formatted("[\"cap\"]").replace("\"sameDay\"", "\"cutOffHour\": 15, \"sameDay\"");

        assertThatThrownBy(() -> Stems.read(file(SHARED, withExtra))).hasMessageContaining("cutOffHour");
    }

    @Test
    void refusesAStemWithAPropertyMissing() {
        String misspelt = STEM.formatted("[\"cap\"]").replace("\"sameDay\"", "\"sameday\"");

        assertThatThrownBy(() -> Stems.read(file(SHARED, misspelt))).hasMessageContaining("sameDay");
    }

    @Test
    void refusesAnActionWithoutAPlaceForTheObject() {
        String action =
                "[{\"name\": \"Cấp giấy phép\", \"result\": \"%s\", \"feePercent\": 100, \"daysPercent\": 100}]";

        assertThatThrownBy(() -> Stems.read(file(SHARED, STEM.formatted(action))))
                .hasMessageContaining("must contain %s");
    }

    @Test
    void theDataFileHoldsTheFortyTwoFamiliesOverAllFourTiers() {
        assertThat(Stems.all())
                .hasSize(42)
                .extracting(Stem::tier)
                .containsOnly("CITY", "DISTRICT", "COMMUNE", "CENTRAL")
                .contains("CITY", "DISTRICT", "COMMUNE", "CENTRAL");
    }

    private static InputStream file(String sharedActions, String stem) {
        String json = "{\"actions\": " + sharedActions + ", \"stems\": [" + stem + "]}";
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
