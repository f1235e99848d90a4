package vn.egov.dossier.catalogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.correlation.CorrelationId;

/**
 * Looks procedures up in catalogue-service. Each attempt has a time limit; connect failures, timeouts and 5xx answers
 * are retried with exponential back-off; a circuit breaker stops calling a failing catalogue, and while it is open a
 * look-up does not call or wait at all. A 404 is an answer ("no such procedure"), neither retried nor counted as a
 * failure.
 *
 * <p>Procedures found are cached (Caffeine) under their code with the version asked for ({@code null}: the current
 * one), and the current one under its version number too. Any catalogue event about a procedure evicts all its
 * entries ({@link #forget}); a time-to-live bounds the damage of a missed event. Unknown codes are not cached.
 *
 * <p>Each procedure found is also kept as its <em>last known</em> copy, without a time-to-live, bounded by the same
 * size and evicted by the same catalogue events. When the fresh entry has expired and the catalogue cannot answer
 * (timeout, 5xx, connect failure, open circuit), the look-up answers with the last known copy rather than fail: a
 * procedure changes only with a catalogue event, which would have evicted it, so the copy is as good as the answer
 * the catalogue would have given unless that event was missed. Such answers are logged once per procedure and outage
 * and counted in {@code egov.catalogue.stale.served{reason=open|failed}}. Only a procedure without a last known copy
 * gets {@link CatalogueUnavailable}; a 404 is never replaced by a copy, and neither is a refusal of our own request
 * (another 4xx), which is no outage.
 *
 * <p>Before an instance takes traffic, {@link #warmUp} looks up the procedures of recent dossiers, outside the circuit
 * breaker and with a patient timeout: a freshly started instance is slow at its first calls (its own JIT, its first
 * service token), and those calls used to time out, open its circuit and refuse submissions for the whole open time
 * while the catalogue was fine. The warm-up also gives those procedures a last known copy from the start.
 */
@Component
public class Catalogue implements DisposableBean {

    static final String STALE_SERVED = "egov.catalogue.stale.served";
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final CatalogueClient client;
    private final CatalogueProperties properties;
    private final Clock clock;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final Cache<Key, Procedure> cache;
    private final Cache<Key, LastKnown> lastKnown;
    /** Codes served as last known since the catalogue last answered: their warning is logged. */
    private final Set<String> servedStale = ConcurrentHashMap.newKeySet();

    private final Counter staleWhileOpen;
    private final Counter staleAfterFailure;
    // Feign calls block; the time limiter needs them on another thread to be able to stop waiting.
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "catalogue-call");
        thread.setDaemon(true);
        return thread;
    });

    Catalogue(CatalogueClient client, CatalogueProperties properties, MeterRegistry meters, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
        Predicate<Throwable> failure = Catalogue::isFailure;
        this.circuitBreaker = CircuitBreaker.of(
                "catalogue",
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(properties.failureRateThreshold())
                        .minimumNumberOfCalls(properties.minimumCalls())
                        .slidingWindowSize(Math.max(10, properties.minimumCalls()))
                        .waitDurationInOpenState(properties.openDuration())
                        .recordException(failure)
                        .build());
        this.circuitBreaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN) {
                log.warn(
                        "Catalogue circuit open for {}: look-ups answer last known copies or 503",
                        properties.openDuration());
            } else if (to == CircuitBreaker.State.CLOSED) {
                log.info("Catalogue circuit closed again");
            }
        });
        // CallNotPermittedException is not retried: with the circuit open a look-up neither calls nor backs off.
        this.retry = Retry.of(
                "catalogue",
                RetryConfig.custom()
                        .maxAttempts(properties.attempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.backoff(), 2.0))
                        .retryOnException(failure.and(e -> !(e instanceof CallNotPermittedException)))
                        .build());
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.cacheSize())
                .expireAfterWrite(properties.cacheTtl())
                .build();
        this.lastKnown =
                Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout())
                .cancelRunningFuture(true)
                .build());
        this.staleWhileOpen = staleServed(meters, "open");
        this.staleAfterFailure = staleServed(meters, "failed");
    }

    private static Counter staleServed(MeterRegistry meters, String reason) {
        return Counter.builder(STALE_SERVED)
                .description(
                        "Procedure look-ups answered with the last known copy because the catalogue did not answer")
                .tag("reason", reason)
                .register(meters);
    }

    /**
     * The current version of the procedure; its last known copy when the catalogue cannot answer now.
     *
     * @return empty when the catalogue has no procedure with this code
     * @throws CatalogueUnavailable when the catalogue cannot answer now and the procedure has no last known copy
     */
    public Optional<Procedure> procedure(String code) {
        return lookUp(new Key(code, null), () -> client.procedure(code));
    }

    /**
     * One version of the procedure; its last known copy when the catalogue cannot answer now (a version never
     * changes, so that copy is simply right).
     *
     * @return empty when the catalogue has no such procedure or version
     * @throws CatalogueUnavailable when the catalogue cannot answer now and the version has no last known copy
     */
    public Optional<Procedure> procedure(String code, int version) {
        return lookUp(new Key(code, version), () -> client.procedureVersion(code, version));
    }

    /**
     * Looks the procedures up, one after the other, outside the circuit breaker and with {@code within} as the only
     * limit, and keeps what the catalogue answers as cached and last known. Stops at the first failure: a catalogue
     * that is down must not hold the instance's start back.
     *
     * @return how many procedures were found
     */
    public int warmUp(List<String> codes, Duration within) {
        Instant end = clock.instant().plus(within);
        int found = 0;
        for (String code : codes) {
            Duration left = Duration.between(clock.instant(), end);
            if (left.isNegative() || left.isZero()) {
                break;
            }
            Future<Procedure> call = calls.submit(() -> client.procedure(code));
            try {
                Procedure procedure = call.get(left.toMillis(), TimeUnit.MILLISECONDS);
                remember(new Key(code, null), procedure);
                remember(new Key(code, procedure.version()), procedure);
                found++;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof FeignException.NotFound
                        || e.getCause() instanceof FeignException.BadRequest)) {
                    log.warn(
                            "Catalogue warm-up stopped at procedure {}: {}",
                            code,
                            e.getCause().toString());
                    break;
                }
            } catch (TimeoutException e) {
                call.cancel(true);
                log.warn("Catalogue warm-up stopped after {}: the catalogue is slow", within);
                break;
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                break;
            }
        }
        return found;
    }

    /** Evicts every cached version of the procedure, last known copies included: the catalogue announced a change. */
    public void forget(String code) {
        cache.asMap().keySet().removeIf(key -> key.code().equals(code));
        lastKnown.asMap().keySet().removeIf(key -> key.code().equals(code));
    }

    /** Evicts everything, last known copies included. */
    public void forgetAll() {
        cache.invalidateAll();
        lastKnown.invalidateAll();
    }

    /** True when some version of the procedure is cached, fresh or as its last known copy. */
    public boolean remembers(String code) {
        return cache.asMap().keySet().stream().anyMatch(key -> key.code().equals(code))
                || lastKnown.asMap().keySet().stream()
                        .anyMatch(key -> key.code().equals(code));
    }

    private Optional<Procedure> lookUp(Key key, Supplier<Procedure> call) {
        Procedure cached = cache.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Procedure> found;
        try {
            found = guarded(call);
        } catch (CatalogueUnavailable unavailable) {
            return Optional.of(lastKnownOrThrow(key, unavailable));
        }
        servedStale.clear();
        found.ifPresentOrElse(
                procedure -> {
                    remember(key, procedure);
                    if (key.version() == null) {
                        remember(new Key(key.code(), procedure.version()), procedure);
                    }
                },
                () -> lastKnown.invalidate(key));
        return found;
    }

    private void remember(Key key, Procedure procedure) {
        cache.put(key, procedure);
        lastKnown.put(key, new LastKnown(procedure, clock.instant()));
    }

    private Procedure lastKnownOrThrow(Key key, CatalogueUnavailable unavailable) {
        boolean open = unavailable.getCause() instanceof CallNotPermittedException;
        boolean outage = open || isFailure(unavailable.getCause());
        LastKnown copy = outage ? lastKnown.getIfPresent(key) : null;
        if (copy == null) {
            if (!open) {
                log.warn(
                        "The catalogue did not answer after {} attempt(s): {}",
                        properties.attempts(),
                        unavailable.getCause().toString());
            }
            throw unavailable;
        }
        (open ? staleWhileOpen : staleAfterFailure).increment();
        if (servedStale.add(key.code())) {
            log.warn(
                    "serving procedure {} as last known from {}, the catalogue did not answer: {}",
                    key.code(),
                    HOUR_MINUTE.format(copy.since().atZone(clock.getZone())),
                    unavailable.getCause().toString());
        }
        return copy.procedure();
    }

    private Optional<Procedure> guarded(Supplier<Procedure> call) {
        String correlationId = CorrelationId.current().orElse(null);
        Callable<Optional<Procedure>> attempt = () -> timeLimiter.executeFutureSupplier(() -> calls.submit(() -> {
            CorrelationId.set(correlationId);
            try {
                return Optional.ofNullable(call.get());
            } catch (FeignException.NotFound | FeignException.BadRequest noSuchProcedure) {
                return Optional.<Procedure>empty();
            } finally {
                CorrelationId.clear();
            }
        }));
        Callable<Optional<Procedure>> guarded =
                Retry.decorateCallable(retry, CircuitBreaker.decorateCallable(circuitBreaker, attempt));
        try {
            return guarded.call();
        } catch (CallNotPermittedException open) {
            throw new CatalogueUnavailable("the catalogue circuit is open", properties.openDuration(), open);
        } catch (Exception e) {
            throw new CatalogueUnavailable("the catalogue did not answer", retryAfterFailure(), e);
        }
    }

    /** The circuit breaker, for health reporting and tests. */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    private Duration retryAfterFailure() {
        return circuitBreaker.getState() == CircuitBreaker.State.OPEN
                ? properties.openDuration()
                : Duration.ofSeconds(5);
    }

    /** Client errors other than 404/400 (e.g. our own token refused) are not the catalogue being down. */
    private static boolean isFailure(Throwable e) {
        return !(e instanceof FeignException.FeignClientException);
    }

    /** A cache key; {@code version} null stands for the current version. */
    private record Key(String code, Integer version) {}

    /** A procedure as the catalogue last gave it, and when. */
    private record LastKnown(Procedure procedure, Instant since) {}

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
