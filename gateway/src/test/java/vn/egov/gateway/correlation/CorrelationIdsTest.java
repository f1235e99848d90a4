package vn.egov.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {

    @Test
    void keepsASaneIdFromTheCaller() {
        assertThat(CorrelationIds.accept("web-4711:a.b_c")).isEqualTo("web-4711:a.b_c");
    }

    @Test
    void replacesAMissingIdWithAUuid() {
        assertThat(UUID.fromString(CorrelationIds.accept(null))).isNotNull();
    }

    @Test
    void replacesIdsThatCouldForgeLogLines() {
        String id = CorrelationIds.accept("x\nINFO forged");

        assertThat(id).doesNotContain("forged");
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void replacesOverlongIds() {
        assertThat(CorrelationIds.accept("a".repeat(101))).hasSize(36);
    }
}
