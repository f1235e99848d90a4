package vn.egov.catalogue.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.egov.catalogue.agency.Agency;
import vn.egov.catalogue.agency.AgencyTier;

class ProcedureRulesTest {

    private static final Agency JUSTICE = new Agency("000.00.15.H17", "Sở Tư pháp", AgencyTier.CITY, null);

    private static RulesDraft draft(int level, int days, Integer onlineDays, long fee) {
        return RulesDrafts.aDraft()
                .atLevel(level)
                .processingDays(days)
                .onlineProcessingDays(onlineDays)
                .fee(fee)
                .build();
    }

    @Test
    void onlineTimeIsHalfRoundedUpAndAtLeastOneDay() {
        assertThat(draft(4, 10, null, 0).validate(JUSTICE).onlineProcessingDays(0.5))
                .isEqualTo(5);
        assertThat(draft(4, 7, null, 0).validate(JUSTICE).onlineProcessingDays(0.5))
                .isEqualTo(4);
        assertThat(draft(4, 1, null, 0).validate(JUSTICE).onlineProcessingDays(0.5))
                .isEqualTo(1);
        assertThat(draft(4, 10, null, 0).validate(JUSTICE).onlineProcessingDays(0.3))
                .isEqualTo(3);
    }

    @Test
    void anExplicitOnlineTimeWins() {
        assertThat(draft(4, 15, 3, 0).validate(JUSTICE).onlineProcessingDays(0.5))
                .isEqualTo(3);
    }

    @Test
    void onlineModeFollowsTheLevel() {
        assertThat(OnlineMode.of(4)).isEqualTo(OnlineMode.FULL);
        assertThat(OnlineMode.of(3)).isEqualTo(OnlineMode.PARTIAL);
        assertThat(OnlineMode.of(2)).isEqualTo(OnlineMode.NONE);
        assertThat(OnlineMode.of(1)).isEqualTo(OnlineMode.NONE);
    }

    @Test
    void loweringFromLevelFourDropsOnlineDelivery() {
        ProcedureRules four = draft(4, 10, null, 0).validate(JUSTICE);

        assertThat(four.atLevel(3).deliveryOptions()).containsExactly("COUNTER");
        assertThat(four.atLevel(3).atLevel(4).deliveryOptions()).containsExactly("ONLINE", "COUNTER");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> draft(5, 0, null, -1).validate(JUSTICE))
                .isInstanceOf(InvalidProcedure.class)
                .satisfies(e -> assertThat(((InvalidProcedure) e)
                                .properties()
                                .get("errors")
                                .toString())
                        .contains("serviceLevel", "processingDays", "fees[0].amount"));
    }

    @Test
    void anAgencyOfAnotherTierIsRefused() {
        Agency ward = new Agency("000.01.41.H17", "Phường Thạch Thang", AgencyTier.COMMUNE, null);

        assertThatThrownBy(() -> draft(3, 10, null, 0).validate(ward)).hasMessageContaining("agencyLevel");
    }
}
