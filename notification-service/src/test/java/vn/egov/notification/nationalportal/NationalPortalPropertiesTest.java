package vn.egov.notification.nationalportal;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NationalPortalPropertiesTest {

    @Test
    void refusesAPauseLongEnoughToHaveTheConsumerThrownOutOfItsGroup() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NationalPortalProperties.Retry(
                        Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(10)))
                .withMessageContaining("max.poll.interval");
    }

    @Test
    void refusesAFirstPauseLongerThanTheLongest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NationalPortalProperties.Retry(
                        Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(5)));
    }

    @Test
    void takesTheDefaults() {
        assertThatNoException()
                .isThrownBy(() -> new NationalPortalProperties.Retry(
                        Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)));
    }
}
