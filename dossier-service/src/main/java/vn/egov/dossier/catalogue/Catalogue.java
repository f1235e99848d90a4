package vn.egov.dossier.catalogue;

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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.correlation.CorrelationId;

/**
 * Looks procedures up in catalogue-service. Each attempt has a time limit; connect failures, timeouts and 5xx answers
 * are retried with exponential back-off; a circuit breaker stops calling a failing catalogue so that citizens get a
 * quick 503 instead of waiting. A 404 is an answer ("no such procedure"), neither retried nor counted as a failure.
 */
@Component
public class Catalogue implements DisposableBean {

    private final CatalogueClient client;
    private final CatalogueProperties properties;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
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
        String correlationId = CorrelationId.current().orElse(null);
        Callable<Optional<Procedure>> attempt = () -> timeLimiter.executeFutureSupplier(() -> calls.submit(() -> {
            CorrelationId.set(correlationId);
            try {
                return Optional.ofNullable(client.procedure(code));
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

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
