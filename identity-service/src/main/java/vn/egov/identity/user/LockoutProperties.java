package vn.egov.identity.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When repeated failed sign-ins lock an account ({@code egov.identity.lockout}).
 *
 * @param maxAttempts consecutive failed sign-ins that lock the account, 5 by default
 * @param duration how long the lock lasts, 15 minutes by default
 */
@ConfigurationProperties("egov.identity.lockout")
public record LockoutProperties(Integer maxAttempts, Duration duration) {

    public LockoutProperties {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
        if (maxAttempts < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("egov.identity.lockout needs max-attempts >= 1 and a positive duration");
        }
    }
}
