package vn.egov.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed deliveries are tried again: exponential back-off ({@code initialBackoff}, doubled after each failure, at
 * most {@code maxBackoff}) until {@code maxAttempts} attempts were made.
 *
 * @param maxAttempts attempts per delivery, the first included
 * @param initialBackoff pause after the first failure
 * @param maxBackoff longest pause
 * @param pollInterval how often the scheduler looks for deliveries due
 * @param lease how long a sender owns a delivery it is trying; a delivery whose attempt never ended (a crash) is
 *     tried again after this
 * @param batchSize deliveries tried per scheduler run
 */
@ConfigurationProperties("egov.notification.retry")
public record RetryProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("30m") Duration maxBackoff,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("50") int batchSize) {

    public RetryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("egov.notification.retry.max-attempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("egov.notification.retry back-off must be 0 <= initial <= max");
        }
    }

    /**
     * When to try again after a failed attempt.
     *
     * @param attemptsMade attempts made so far, the failed one included
     * @return empty when no attempt remains
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration pause = initialBackoff;
        for (int i = 1; i < attemptsMade && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return Optional.of(now.plus(pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause));
    }
}
