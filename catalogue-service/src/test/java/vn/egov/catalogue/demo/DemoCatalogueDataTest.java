package vn.egov.catalogue.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Checks the Da Nang demo catalogue that the devstack loads: shape, consistency and the city's published figures. */
class DemoCatalogueDataTest {

    private static final List<DemoProcedure> PROCEDURES = DemoCatalogueResources.procedures();
    private static final List<DemoAgency> AGENCIES = DemoCatalogueResources.agencies();
    private static final Map<String, DemoAgency> AGENCY_BY_CODE =
            AGENCIES.stream().collect(toMap(DemoAgency::code, Function.identity()));

    @Test
    void holdsAtLeastOneHundredFiftyProcedures() {
        assertThat(PROCEDURES).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void procedureCodesAreUniqueAndInTheNationalFormat() {
        assertThat(PROCEDURES)
                .extracting(DemoProcedure::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("^\\d\\.\\d{6}$"));
    }

    @Test
    void agencyCodesAreUniqueAndFollowTheAdministrativeCodePattern() {
        assertThat(AGENCIES)
                .extracting(DemoAgency::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("^\\d{3}\\.\\d{2}\\.\\d{2}\\.H\\d{2}$"))
                .allMatch(code -> code.endsWith(".H17"));
    }

    @Test
    void everyParentExistsAndCommunesSitUnderTheirDistrictSegment() {
        for (DemoAgency agency : AGENCIES) {
            if (agency.parentCode() != null) {
                assertThat(AGENCY_BY_CODE).as("parent of %s", agency.code()).containsKey(agency.parentCode());
            }
            if (agency.tier().equals("COMMUNE")) {
                DemoAgency district = AGENCY_BY_CODE.get(agency.parentCode());
                assertThat(district.tier()).isEqualTo("DISTRICT");
                assertThat(segment(agency.code(), 2)).isEqualTo(segment(district.code(), 2));
            }
        }
        assertThat(AGENCIES).filteredOn(a -> a.tier().equals("COMMUNE")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(AGENCIES).filteredOn(a -> a.tier().equals("DISTRICT")).hasSize(7);
    }

    @Test
    void everyProcedureNamesAnExistingAgencyOfItsOwnTier() {
        for (DemoProcedure procedure : PROCEDURES) {
            assertThat(AGENCY_BY_CODE).as("agency of %s", procedure.code()).containsKey(procedure.agencyCode());
            assertThat(AGENCY_BY_CODE.get(procedure.agencyCode()).tier())
                    .as("tier of %s", procedure.code())
                    .isEqualTo(procedure.agencyTier());
        }
    }

    @Test
    void feesAreNeverNegativeAndProcessingTakesAtLeastOneWorkingDay() {
        assertThat(PROCEDURES)
                .flatExtracting(DemoProcedure::fees)
                .extracting(DemoFee::amount)
                .allMatch(amount -> amount >= 0);
        assertThat(PROCEDURES).extracting(DemoProcedure::processingDays).allMatch(days -> days >= 1);
        assertThat(PROCEDURES)
                .filteredOn(p -> p.onlineProcessingDays() != null)
                .allMatch(p -> p.onlineProcessingDays() >= 1 && p.onlineProcessingDays() <= p.processingDays());
    }

    @Test
    void serviceLevelsAreOneToFour() {
        assertThat(PROCEDURES).extracting(DemoProcedure::serviceLevel).allMatch(level -> level >= 1 && level <= 4);
    }

    @Test
    void levelSharesMatchTheFiguresTheCityPublished() {
        double online = share(p -> p.serviceLevel() >= 3);
        double full = share(p -> p.serviceLevel() == 4);

        assertThat(online).as("share at level 3-4").isBetween(0.90, 0.96);
        assertThat(full).as("share at level 4").isBetween(0.35, 0.45);
        assertThat(PROCEDURES).anyMatch(p -> p.serviceLevel() == 1).anyMatch(p -> p.serviceLevel() == 2);
    }

    @Test
    void onlineDeliveryIsOfferedOnlyAtLevelFour() {
        assertThat(PROCEDURES)
                .filteredOn(p -> p.deliveryOptions().contains("ONLINE"))
                .isNotEmpty()
                .allMatch(p -> p.serviceLevel() == 4);
    }

    @Test
    void everyLevelFourProcedureDeliversItsResultOnline() {
        // Level 4 (Decree 42/2022: "toàn trình") means the result is received online too.
        assertThat(PROCEDURES).filteredOn(p -> p.serviceLevel() == 4).allMatch(p -> p.deliveryOptions()
                .contains("ONLINE"));
    }

    @Test
    void everyCommuneAndDistrictProcedureIsOnline() {
        assertThat(PROCEDURES)
                .filteredOn(
                        p -> p.agencyTier().equals("COMMUNE") || p.agencyTier().equals("DISTRICT"))
                .isNotEmpty()
                .allMatch(p -> p.serviceLevel() >= 3);
    }

    @Test
    void everyProcedureRequiresAtLeastOneDocument() {
        assertThat(PROCEDURES).allMatch(p -> !p.documents().isEmpty());
    }

    @Test
    void allFourTiersArePresentInProportionsLikeTheCitys() {
        Map<String, Long> perTier = PROCEDURES.stream().collect(groupingBy(DemoProcedure::agencyTier, counting()));

        assertThat(perTier).containsOnlyKeys("CITY", "DISTRICT", "COMMUNE", "CENTRAL");
        assertThat(AGENCIES).extracting(DemoAgency::tier).contains("CITY", "DISTRICT", "COMMUNE", "CENTRAL");
        assertThat(perTier.get("CITY")).isGreaterThan(perTier.get("DISTRICT"));
        assertThat(perTier.get("DISTRICT")).isGreaterThan(perTier.get("COMMUNE"));
        assertThat(share(p -> p.agencyTier().equals("CENTRAL"))).isBetween(0.02, 0.04);
    }

    @Test
    void judicialRecordCertificateIsHandledByTheDemoOfficersDepartmentOfJustice() {
        assertThat(AGENCY_BY_CODE.get("000.00.15.H17").name()).startsWith("Sở Tư pháp");
        assertThat(PROCEDURES)
                .filteredOn(p -> p.name().startsWith("Cấp Phiếu lý lịch tư pháp"))
                .isNotEmpty()
                .allMatch(p -> p.agencyCode().equals("000.00.15.H17"))
                .anyMatch(p -> p.name().contains("công dân Việt Nam") && p.serviceLevel() == 4);
    }

    @Test
    void containsTheProceduresCitizensAskForMost() {
        assertThat(PROCEDURES)
                .extracting(DemoProcedure::name)
                .contains(
                        "Đăng ký khai sinh",
                        "Đăng ký kết hôn",
                        "Đăng ký khai tử",
                        "Đăng ký thường trú",
                        "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
                        "Đăng ký thành lập hộ kinh doanh",
                        "Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp")
                .anyMatch(name -> name.startsWith("Chứng thực bản sao từ bản chính"))
                .anyMatch(name -> name.startsWith("Đăng ký thành lập công ty"))
                .anyMatch(name -> name.contains("cấp Giấy chứng nhận quyền sử dụng đất"));
    }

    @Test
    void sameDayCutOffAppliesOnlyToOneDayProcedures() {
        assertThat(PROCEDURES)
                .filteredOn(p -> p.cutOffHour() != null)
                .isNotEmpty()
                .allMatch(p -> p.processingDays() == 1 && p.cutOffHour() >= 8 && p.cutOffHour() <= 17);
    }

    @Test
    void everyRecordCarriesExactlyTheDocumentedFields() {
        assertThat(propertyNames(DemoCatalogueResources.tree(DemoCatalogueResources.AGENCIES)))
                .containsOnly(Set.of("code", "name", "tier", "parentCode"));
        assertThat(propertyNames(DemoCatalogueResources.tree(DemoCatalogueResources.PROCEDURES)))
                .containsOnly(Set.of(
                        "code",
                        "name",
                        "sector",
                        "agencyTier",
                        "agencyCode",
                        "serviceLevel",
                        "processingDays",
                        "onlineProcessingDays",
                        "fees",
                        "documents",
                        "resultType",
                        "legalBasis",
                        "deliveryOptions",
                        "cutOffHour"));
    }

    private static List<Set<String>> propertyNames(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> Set.copyOf(node.propertyNames()))
                .toList();
    }

    private static double share(java.util.function.Predicate<DemoProcedure> predicate) {
        return (double) PROCEDURES.stream().filter(predicate).count() / PROCEDURES.size();
    }

    private static String segment(String agencyCode, int index) {
        return agencyCode.split("\\.")[index];
    }
}
