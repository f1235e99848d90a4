package vn.egov.catalogue.demo;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark generator: deterministic, unique, well-formed and shaped like the demo catalogue. */
class SyntheticCatalogueTest {

    private static final List<DemoProcedure> TEN_THOUSAND = SyntheticCatalogue.generate(10_000, 2020L);

    @Test
    void theSameSeedGivesTheSameCatalogue() {
        assertThat(SyntheticCatalogue.generate(2_000, 7L)).isEqualTo(SyntheticCatalogue.generate(2_000, 7L));
    }

    @Test
    void differentSeedsGiveDifferentCatalogues() {
        assertThat(SyntheticCatalogue.generate(200, 1L)).isNotEqualTo(SyntheticCatalogue.generate(200, 2L));
    }

    @Test
    void tenThousandProceduresHaveUniqueCodesInTheNationalFormat() {
        assertThat(TEN_THOUSAND)
                .hasSize(10_000)
                .extracting(DemoProcedure::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("^\\d\\.\\d{6}$"));
    }

    @Test
    void generatedCodesNeverCollideWithTheDemoCatalogue() {
        Set<String> demoCodes = DemoCatalogueResources.procedures().stream()
                .map(DemoProcedure::code)
                .collect(Collectors.toSet());

        assertThat(TEN_THOUSAND).extracting(DemoProcedure::code).noneMatch(demoCodes::contains);
    }

    @Test
    void everyProcedureNamesARealDaNangAgencyOfItsTier() {
        Map<String, String> tierByCode =
                DemoCatalogueResources.agencies().stream().collect(toMap(DemoAgency::code, DemoAgency::tier));

        assertThat(TEN_THOUSAND).allMatch(p -> p.agencyTier().equals(tierByCode.get(p.agencyCode())));
        assertThat(TEN_THOUSAND)
                .extracting(DemoProcedure::agencyTier)
                .contains("CITY", "DISTRICT", "COMMUNE", "CENTRAL");
    }

    @Test
    void levelsFollowTheSharesTheCityPublished() {
        long full = TEN_THOUSAND.stream().filter(p -> p.serviceLevel() == 4).count();
        long online = TEN_THOUSAND.stream().filter(p -> p.serviceLevel() >= 3).count();

        assertThat(full).isEqualTo(4_000);
        assertThat(online).isEqualTo(9_300);
        assertThat(TEN_THOUSAND).anyMatch(p -> p.serviceLevel() == 1);
    }

    @Test
    void communeAndDistrictProceduresAreNeverBelowLevelThree() {
        assertThat(TEN_THOUSAND)
                .filteredOn(
                        p -> p.agencyTier().equals("COMMUNE") || p.agencyTier().equals("DISTRICT"))
                .isNotEmpty()
                .allMatch(p -> p.serviceLevel() >= 3);
    }

    @Test
    void onlineDeliveryIsOfferedOnlyAtLevelFour() {
        assertThat(TEN_THOUSAND)
                .filteredOn(p -> p.deliveryOptions().contains("ONLINE"))
                .isNotEmpty()
                .allMatch(p -> p.serviceLevel() == 4);
    }

    @Test
    void namesAreVietnameseWithDiacriticsAndEveryProcedureIsComplete() {
        assertThat(TEN_THOUSAND)
                .allMatch(p -> p.name().chars().anyMatch(c -> c > 127))
                .allMatch(p -> !p.documents().isEmpty() && !p.fees().isEmpty())
                .allMatch(p -> p.cutOffHour() == null || p.processingDays() == 1);
        assertThat(TEN_THOUSAND.stream().map(DemoProcedure::name).distinct().count())
                .isGreaterThan(150);
    }

    @Test
    void cityProceduresDominateLikeInTheDemoCatalogue() {
        long city =
                TEN_THOUSAND.stream().filter(p -> p.agencyTier().equals("CITY")).count();

        assertThat(city).isBetween(7_000L, 7_800L);
    }

    @Test
    void acceptsAnEmptyCatalogueAndRejectsCountsOutsideTheSupportedRange() {
        assertThat(SyntheticCatalogue.generate(0, 1L)).isEmpty();
        assertThatThrownBy(() -> SyntheticCatalogue.generate(-1, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticCatalogue.generate(SyntheticCatalogue.MAX_COUNT + 1, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
