package vn.egov.gateway.ratelimit;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.egov.gateway.ratelimit.RateLimitProperties.Limit;

/**
 * Token buckets kept in PostgreSQL (Bucket4j's select-for-update proxy manager), so that every gateway instance takes
 * from the same bucket. Bucket4j's JDBC calls block, so they run on Reactor's bounded elastic threads, never on an
 * event loop. When the database does not answer within the timeout, or fails, the call goes through uncounted (fail
 * open): an outage of the limiter must not take the portal down. That is counted
 * ({@code egov.gateway.rate.limit.unavailable}) and logged at most once a minute.
 */
class SharedBuckets {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);
    private static final Duration WARN_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final ProxyManager<String> buckets;
    private final Duration timeout;
    private final Counter unavailable;
    private final Clock clock;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.MIN);

    SharedBuckets(ProxyManager<String> buckets, Duration timeout, MeterRegistry meters, Clock clock) {
        this.buckets = buckets;
        this.timeout = timeout;
        this.clock = clock;
        this.unavailable = Counter.builder("egov.gateway.rate.limit.unavailable")
                .description("API calls let through uncounted because the rate limits' database failed")
                .register(meters);
    }

    /** Takes one call from the caller's bucket; {@link Verdict#uncounted()} when the store fails. */
    Mono<Verdict> take(String key, Limit limit) {
        return Mono.fromCallable(() ->
                        buckets.builder().build(key, () -> configuration(limit)).tryConsumeAndReturnRemaining(1))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(timeout)
                .map(probe -> Verdict.of(probe, limit))
                .onErrorResume(error -> {
                    unavailable.increment();
                    warn(error);
                    return Mono.just(Verdict.uncounted());
                });
    }

    private static BucketConfiguration configuration(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder()
                        .capacity(limit.requests())
                        .refillIntervally(limit.requests(), limit.per())
                        .build())
                .build();
    }

    private void warn(Throwable error) {
        Instant now = clock.instant();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARN_AT_MOST_EVERY)) && lastWarning.compareAndSet(last, now)) {
            log.warn(
                    "Rate limits not enforced: their database failed ({}); calls go through uncounted, "
                            + "this is logged at most once a minute",
                    error.toString());
        }
    }

    /**
     * What the bucket said.
     *
     * @param allowed whether the call may go on
     * @param limit the calls allowed per period, {@code -1} when uncounted
     * @param remaining calls left in the bucket
     * @param retryAfterSeconds when refused, seconds until the bucket has a call again (at least 1)
     */
    record Verdict(boolean allowed, long limit, long remaining, long retryAfterSeconds) {

        static Verdict uncounted() {
            return new Verdict(true, -1, -1, 0);
        }

        static Verdict of(ConsumptionProbe probe, Limit limit) {
            // Rounded up: a client that waits that long finds the bucket refilled.
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            return new Verdict(
                    probe.isConsumed(), limit.requests(), probe.getRemainingTokens(), probe.isConsumed() ? 0 : seconds);
        }

        boolean counted() {
            return limit >= 0;
        }
    }
}
