package vn.egov.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.egov.gateway.ratelimit.RateLimitProperties.Limit;
import vn.egov.gateway.ratelimit.SharedBuckets.Verdict;

class RateLimitPropertiesTest {

    @Test
    void defaultsToStrictLookUpsAndGenerousOtherCalls() {
        RateLimitProperties defaults = new RateLimitProperties(null, null, null, null, null, null);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.trustedProxies()).isEmpty();
        assertThat(defaults.limit(LimitClass.LOOKUP)).isEqualTo(new Limit(10L, Duration.ofMinutes(1)));
        assertThat(defaults.limit(LimitClass.ANONYMOUS)).isEqualTo(new Limit(600L, Duration.ofMinutes(1)));
        assertThat(defaults.limit(LimitClass.USER)).isEqualTo(new Limit(600L, Duration.ofMinutes(1)));
    }

    @Test
    void takesTheDefaultForWhatALimitLeavesOut() {
        RateLimitProperties properties = new RateLimitProperties(null, null, new Limit(3L, null), null, null, null);

        assertThat(properties.lookup()).isEqualTo(new Limit(3L, Duration.ofMinutes(1)));
    }

    @Test
    void refusesALimitOfNothing() {
        assertThatThrownBy(() -> new RateLimitProperties(null, null, new Limit(0L, null), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("egov.gateway.rate-limits.lookup");
    }

    @Test
    void ignoresEmptyTrustedProxyEntries() {
        RateLimitProperties properties =
                new RateLimitProperties(null, java.util.List.of(" 10.0.0.0/8 ", ""), null, null, null, null);

        assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8");
    }

    @Test
    void tellsARefusedCallerToComeBackWhenTheBucketHasRefilledRoundedUp() {
        Limit limit = new Limit(10L, Duration.ofMinutes(1));

        Verdict refused = Verdict.of(ConsumptionProbe.rejected(0, 41_200_000_000L, 41_200_000_000L), limit);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(42);
        assertThat(refused.remaining()).isZero();
        assertThat(Verdict.of(ConsumptionProbe.rejected(0, 1_000, 1_000), limit).retryAfterSeconds())
                .isEqualTo(1);
    }
}
