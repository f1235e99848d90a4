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
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.correlation.CorrelationId;

/**
 * Looks procedures up in catalogue-service. Each attempt has a time limit; connect failures, timeouts and 5xx answers
 * are retried with exponential back-off; a circuit breaker stops calling a failing catalogue so that citizens get a
 * quick 503 instead of waiting. A 404 is an answer ("no such procedure"), neither retried nor counted as a failure.
 *
 * <p>Procedures found are cached (Caffeine) under their code with the version asked for ({@code null}: the current
 * one), and the current one under its version number too. Any catalogue event about a procedure evicts all its
 * entries ({@link #forget}); a time-to-live bounds the damage of a missed event. Unknown codes are not cached.
 */
@Component
public class Catalogue implements DisposableBean {

    private final CatalogueClient client;
    private final CatalogueProperties properties;
    private final CircuitBreaker circuitBreaker;
    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final Cache<Key, Procedure> cache;
    // Feign calls block; the time limiter needs them on another thread to be able to stop waiting.
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "catalogue-call");
        thread.setDaemon(true);
        return thread;
    });

    Catalogue(CatalogueClient client, CatalogueProperties properties) {
        this.client = client;
        this.properties = properties;
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
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout())
                .cancelRunningFuture(true)
                .build());
    }

    /**
     * The current version of the procedure.
     *
     * @return empty when the catalogue has no procedure with this code
     * @throws CatalogueUnavailable when the catalogue cannot answer now
     */
    public Optional<Procedure> procedure(String code) {
        Procedure cached = cache.getIfPresent(new Key(code, null));
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Procedure> found = guarded(() -> client.procedure(code));
        found.ifPresent(procedure -> {
            cache.put(new Key(code, null), procedure);
            cache.put(new Key(code, procedure.version()), procedure);
        });
        return found;
    }

    /**
     * One version of the procedure.
     *
     * @return empty when the catalogue has no such procedure or version
     * @throws CatalogueUnavailable when the catalogue cannot answer now
     */
    public Optional<Procedure> procedure(String code, int version) {
        Key key = new Key(code, version);
        Procedure cached = cache.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Procedure> found = guarded(() -> client.procedureVersion(code, version));
        found.ifPresent(procedure -> cache.put(key, procedure));
        return found;
    }

    /** Evicts every cached version of the procedure: the catalogue announced a change. */
    public void forget(String code) {
        cache.asMap().keySet().removeIf(key -> key.code().equals(code));
    }

    /** Evicts everything. */
    public void forgetAll() {
        cache.invalidateAll();
    }

    /** True when some version of the procedure is cached. */
    public boolean remembers(String code) {
        return cache.asMap().keySet().stream().anyMatch(key -> key.code().equals(code));
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
            log.warn("The catalogue did not answer after {} attempt(s): {}", properties.attempts(), e.toString());
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

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
