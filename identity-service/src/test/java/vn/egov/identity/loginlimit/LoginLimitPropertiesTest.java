package vn.egov.identity.loginlimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginLimitPropertiesTest {

    @Test
    void allowsTwentyAttemptsInTenMinutesFromAnAddressByDefault() {
        LoginLimitProperties defaults = new LoginLimitProperties(null, null, null, null, null);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.attempts()).isEqualTo(20);
        assertThat(defaults.per()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.trustedProxies()).isEmpty();
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void startsFreshBucketsWhenTheLimitChanges() {
        LoginLimitProperties twenty = new LoginLimitProperties(true, 20L, Duration.ofMinutes(10), List.of(), null);
        LoginLimitProperties three = new LoginLimitProperties(true, 3L, Duration.ofMinutes(10), List.of(), null);

        assertThat(twenty.fingerprint()).isEqualTo("20/600s").isNotEqualTo(three.fingerprint());
    }

    @Test
    void dropsEmptyTrustedProxiesThatAnEmptyVariableLeaves() {
        LoginLimitProperties properties = new LoginLimitProperties(null, null, null, List.of(" 10.0.0.0/8 ", ""), null);

        assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8");
    }

    @Test
    void refusesALimitThatAllowsNothing() {
        assertThatThrownBy(() -> new LoginLimitProperties(true, 0L, Duration.ofMinutes(10), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginLimitProperties(true, 20L, Duration.ZERO, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
