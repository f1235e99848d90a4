package vn.egov.identity.loginlimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fail-open side of the counter; counting itself is tested on the real database by {@code LoginLimitIT}. */
class LoginAttemptsTest {

    private static final LoginLimitProperties LIMIT =
            new LoginLimitProperties(true, 3L, Duration.ofMinutes(10), List.of(), Duration.ofMillis(200));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CountDownLatch databaseHangs = new CountDownLatch(1);

    @AfterEach
    void releaseTheDatabase() {
        databaseHangs.countDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void letsTheAttemptThroughUncountedWhenTheDatabaseFails() {
        ProxyManager<String> failing = mock(ProxyManager.class);
        when(failing.builder()).thenThrow(new IllegalStateException("connection refused"));

        try (LoginAttempts attempts = new LoginAttempts(failing, LIMIT, meters, Clock.systemUTC())) {
            assertThat(attempts.take("203.0.113.7").allowed()).isTrue();
            assertThat(attempts.take("203.0.113.7").allowed()).isTrue();
        }

        assertThat(meters.counter("egov.identity.login.limit.unavailable").count())
                .isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void letsTheAttemptThroughUncountedWhenTheDatabaseDoesNotAnswerInTime() {
        ProxyManager<String> hanging = mock(ProxyManager.class);
        when(hanging.builder()).thenAnswer(call -> {
            databaseHangs.await();
            throw new IllegalStateException("released by the test");
        });

        try (LoginAttempts attempts = new LoginAttempts(hanging, LIMIT, meters, Clock.systemUTC())) {
            assertThat(attempts.take("203.0.113.7").allowed()).isTrue();
        }

        assertThat(meters.counter("egov.identity.login.limit.unavailable").count())
                .isEqualTo(1);
    }
}
