package vn.egov.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many API calls a caller may make, per class of call ({@link LimitClass}); counted in the gateway's database so
 * that every gateway instance enforces one limit.
 *
 * @param enabled whether calls are counted at all ({@code EGOV_GATEWAY_RATE_LIMITS_ENABLED}); on by default
 * @param trustedProxies addresses or CIDR ranges of the proxies whose {@code X-Forwarded-For} is believed
 *     ({@code EGOV_GATEWAY_TRUSTED_PROXIES}, comma-separated): the load balancer in front of the gateway and the web
 *     portal, which calls the API on its visitors' behalf. None by default: the caller is the remote address
 * @param lookup look-ups by a code anyone may guess: a dossier's status by code and phone, a result or an e-receipt by
 *     its verification code, a payment by its order (10 a minute per client address by default)
 * @param anonymous every other API call without a token, per client address (600 a minute by default)
 * @param user every other API call with a token, per signed-in person (600 a minute by default)
 * @param timeout the longest wait for the shared counter; past it the call goes through uncounted (fail open)
 */
@ConfigurationProperties("egov.gateway.rate-limits")
public record RateLimitProperties(
        Boolean enabled, List<String> trustedProxies, Limit lookup, Limit anonymous, Limit user, Duration timeout) {

    public static final Limit DEFAULT_LOOKUP = new Limit(10L, Duration.ofMinutes(1));
    public static final Limit DEFAULT_ANONYMOUS = new Limit(600L, Duration.ofMinutes(1));
    public static final Limit DEFAULT_USER = new Limit(600L, Duration.ofMinutes(1));

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .map(String::trim)
                        .filter(p -> !p.isEmpty())
                        .toList();
        lookup = lookup == null ? DEFAULT_LOOKUP : lookup.orDefaults(DEFAULT_LOOKUP, "lookup");
        anonymous = anonymous == null ? DEFAULT_ANONYMOUS : anonymous.orDefaults(DEFAULT_ANONYMOUS, "anonymous");
        user = user == null ? DEFAULT_USER : user.orDefaults(DEFAULT_USER, "user");
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
    }

    /** The limit of one class of calls. */
    public Limit limit(LimitClass limitClass) {
        return switch (limitClass) {
            case LOOKUP -> lookup;
            case ANONYMOUS -> anonymous;
            case USER -> user;
        };
    }

    /**
     * At most {@code requests} calls in each {@code per}; all of them come back at once when the period is over.
     *
     * @param requests calls allowed per period
     * @param per the period
     */
    public record Limit(Long requests, Duration per) {

        Limit orDefaults(Limit defaults, String name) {
            Limit limit =
                    new Limit(requests == null ? defaults.requests() : requests, per == null ? defaults.per() : per);
            if (limit.requests() <= 0 || limit.per().isNegative() || limit.per().isZero()) {
                throw new IllegalArgumentException("egov.gateway.rate-limits." + name
                        + " needs a positive number of requests and period: " + limit);
            }
            return limit;
        }

        /** Part of the bucket's key, so that a changed limit starts fresh buckets instead of reading old ones. */
        String fingerprint() {
            return requests + "/" + per.toSeconds() + "s";
        }
    }
}
