package vn.egov.webcore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdRuleTest {

    @Test
    void keepsASaneIdFromTheCaller() {
        assertThat(CorrelationIdRule.accept("web-4711:a.b_c")).isEqualTo("web-4711:a.b_c");
    }

    @Test
    void replacesAMissingIdWithAUuid() {
        assertThat(UUID.fromString(CorrelationIdRule.accept(null))).isNotNull();
    }

    @Test
    void replacesIdsThatCouldForgeLogLines() {
        String id = CorrelationIdRule.accept("x\nINFO forged");

        assertThat(id).doesNotContain("forged");
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void replacesOverlongIds() {
        assertThat(CorrelationIdRule.accept("a".repeat(101))).hasSize(36);
        assertThat(CorrelationIdRule.isAcceptable("a".repeat(100))).isTrue();
    }

    @Test
    void givesEachMissingIdANewOne() {
        assertThat(CorrelationIdRule.accept("")).isNotEqualTo(CorrelationIdRule.accept(""));
    }
}
