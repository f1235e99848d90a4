package vn.egov.catalogue.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromotionRulesTest {

    private final PromotionRules rules = new PromotionRules(new PromotionProperties(50, 0.30));

    private static DossierCounts.Count count(long total, long online, long onlineLevel3) {
        return new DossierCounts.Count("2.001452", 2025, total, online, onlineLevel3);
    }

    @Test
    void levelThreeNeedsFiftyDossiersOnAllChannels() {
        assertThat(rules.judge(2, count(49, 0, 0)).eligibleLevel()).isNull();
        assertThat(rules.judge(2, count(50, 0, 0)).eligibleLevel()).isEqualTo(3);
        assertThat(rules.judge(2, count(50, 0, 0)).allows(4)).isFalse();
    }

    @Test
    void levelFourNeedsThirtyPercentOnlineAtLevelThree() {
        assertThat(rules.judge(3, count(100, 40, 29)).eligibleLevel()).isNull();
        assertThat(rules.judge(3, count(100, 40, 30)).eligibleLevel()).isEqualTo(4);
        assertThat(rules.judge(3, count(0, 0, 0)).eligibleLevel()).isNull();
    }

    @Test
    void loweringALevelIsAlwaysAllowed() {
        assertThat(rules.judge(4, count(0, 0, 0)).allows(2)).isTrue();
    }

    @Test
    void explainsARefusalWithTheFigures() {
        assertThat(rules.judge(3, count(10, 2, 2)).reasons())
                .anySatisfy(
                        r -> assertThat(r).contains("30.0%").contains("20.0%").contains("2 of 10"));
    }
}
