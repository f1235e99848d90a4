package vn.egov.identity.loginlimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many sign-in attempts ({@code POST /login}) one client address may make ({@code egov.identity.login-limit}),
 * counted in the provider's database so that every instance enforces one limit.
 *
 * @param enabled whether attempts are counted at all ({@code EGOV_IDENTITY_LOGIN_LIMIT_ENABLED}); on by default
 * @param attempts attempts allowed per period and address, 20 by default
 * @param per the period, 10 minutes by default; all attempts come back at once when it is over
 * @param trustedProxies addresses or CIDR ranges of the proxies whose {@code X-Forwarded-For} is believed (the load
 *     balancer in front of the provider); none by default: the client is the remote address
 * @param timeout the longest wait for the shared counter; past it the attempt goes on uncounted (fail open)
 */
@ConfigurationProperties("egov.identity.login-limit")
public record LoginLimitProperties(
        Boolean enabled, Long attempts, Duration per, List<String> trustedProxies, Duration timeout) {

    public LoginLimitProperties {
        enabled = enabled == null || enabled;
        attempts = attempts == null ? 20L : attempts;
        per = per == null ? Duration.ofMinutes(10) : per;
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .map(String::trim)
                        .filter(proxy -> !proxy.isEmpty())
                        .toList();
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        if (attempts <= 0 || per.isNegative() || per.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(
                    "egov.identity.login-limit needs a positive number of attempts, period and timeout");
        }
    }

    /** Part of a bucket's key, so that a changed limit starts fresh buckets instead of reading old ones. */
    String fingerprint() {
        return attempts + "/" + per.toSeconds() + "s";
    }
}
