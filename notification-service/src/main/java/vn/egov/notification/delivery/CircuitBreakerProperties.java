package vn.egov.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The circuit breaker in front of each provider: when too many recent sends failed, stop calling the provider for a
 * while and let the deliveries wait, rather than hammer a gateway that is down.
 *
 * @param failureRateThreshold percentage of failed sends that opens the circuit
 * @param minimumCalls sends in the window before the rate counts
 * @param slidingWindow sends the rate is computed over
 * @param openDuration how long an open circuit refuses sends before it lets trial sends through; short, since a trial
 *     costs the provider a handful of requests and a recovered provider should not wait for us
 * @param halfOpenCalls sends let through after that as a trial; when they succeed the circuit closes and the deliveries
 *     that waited are tried at once
 */
@ConfigurationProperties("egov.notification.circuit-breaker")
public record CircuitBreakerProperties(
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10") int minimumCalls,
        @DefaultValue("20") int slidingWindow,
        @DefaultValue("5s") Duration openDuration,
        @DefaultValue("5") int halfOpenCalls) {

    /** The least time a delivery refused by an open circuit waits. */
    static final Duration LEAST_POSTPONEMENT = Duration.ofSeconds(30);

    /**
     * How long a delivery refused by an open circuit waits before it comes due again: not much less than a back-off,
     * so that a long outage does not have every waiting delivery claimed and refused every few seconds. It does not
     * wait that long when the provider recovers: the circuit closing brings it forward ({@link ResumeAfterOutage}).
     */
    Duration postponement() {
        return openDuration.compareTo(LEAST_POSTPONEMENT) > 0 ? openDuration : LEAST_POSTPONEMENT;
    }
}
