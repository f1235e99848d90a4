package vn.egov.identity.loginlimit;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts sign-in attempts per client address in token buckets kept in PostgreSQL (Bucket4j's select-for-update proxy
 * manager), so that every instance of the provider takes from the same bucket. When the database does not answer
 * within the timeout, or fails, the attempt goes on uncounted (fail open, as the gateway's limits do): an outage of the
 * limiter must not stop people signing in, and each account keeps its own lock-out. That is counted
 * ({@code egov.identity.login.limit.unavailable}) and logged at most once a minute.
 */
public class LoginAttempts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final Duration WARN_AT_MOST_EVERY = Duration.ofMinutes(1);
    // Calls waiting on a slow database are bounded: past these, attempts go on uncounted instead of queueing.
    private static final int MAX_CALLS = 8;
    private static final int MAX_WAITING = 64;

    private final ProxyManager<String> buckets;
    private final LoginLimitProperties limit;
    private final Counter unavailable;
    private final Clock clock;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.MIN);
    private final ExecutorService calls;

    public LoginAttempts(ProxyManager<String> buckets, LoginLimitProperties limit, MeterRegistry meters, Clock clock) {
        this.buckets = buckets;
        this.limit = limit;
        this.clock = clock;
        this.unavailable = Counter.builder("egov.identity.login.limit.unavailable")
                .description("Sign-in attempts let through uncounted because the login limit's database failed")
                .register(meters);
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                MAX_CALLS, MAX_CALLS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
                    Thread thread = new Thread(runnable, "login-limit-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        this.calls = executor;
    }

    /** Takes one attempt from the address's bucket; {@link Verdict#uncounted()} when the store fails. */
    public Verdict take(String clientAddress) {
        String key = "login:" + limit.fingerprint() + ":" + clientAddress;
        Future<ConsumptionProbe> call;
        try {
            call = calls.submit(
                    () -> buckets.builder().build(key, this::configuration).tryConsumeAndReturnRemaining(1));
        } catch (RejectedExecutionException e) {
            return uncounted(e);
        }
        try {
            return Verdict.of(call.get(limit.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            return uncounted(e);
        } catch (ExecutionException e) {
            return uncounted(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return uncounted(e);
        }
    }

    private BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder()
                        .capacity(limit.attempts())
                        .refillIntervally(limit.attempts(), limit.per())
                        .build())
                .build();
    }

    private Verdict uncounted(Throwable error) {
        unavailable.increment();
        Instant now = clock.instant();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARN_AT_MOST_EVERY)) && lastWarning.compareAndSet(last, now)) {
            log.warn(
                    "Login limit not enforced: its database failed ({}); sign-in attempts go on uncounted, "
                            + "this is logged at most once a minute",
                    String.valueOf(error));
        }
        return Verdict.uncounted();
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    /**
     * What the bucket said.
     *
     * @param allowed whether the attempt may go on to the password check
     * @param retryAfterSeconds when refused, seconds until the address may try again (at least 1)
     */
    public record Verdict(boolean allowed, long retryAfterSeconds) {

        static Verdict uncounted() {
            return new Verdict(true, 0);
        }

        static Verdict of(ConsumptionProbe probe) {
            // Rounded up: whoever waits that long finds the bucket refilled.
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            return new Verdict(probe.isConsumed(), probe.isConsumed() ? 0 : seconds);
        }
    }
}
