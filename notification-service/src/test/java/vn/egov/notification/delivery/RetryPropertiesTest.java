package vn.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:15:00Z");
    private final RetryProperties retry = new RetryProperties(
            5, Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofSeconds(10), Duration.ofMinutes(2), 50);

    @Test
    void doublesThePauseAfterEachFailureUpToTheMaximum() {
        assertThat(retry.nextAttempt(1, NOW)).hasValue(NOW.plusSeconds(30));
        assertThat(retry.nextAttempt(2, NOW)).hasValue(NOW.plusSeconds(60));
        assertThat(retry.nextAttempt(3, NOW)).hasValue(NOW.plusSeconds(120));
        assertThat(retry.nextAttempt(4, NOW)).hasValue(NOW.plusSeconds(120));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(retry.nextAttempt(5, NOW)).isEmpty();
    }
}
