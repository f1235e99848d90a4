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
 * @param openDuration how long an open circuit refuses sends
 * @param halfOpenCalls sends let through after that as a trial; when they succeed the circuit closes and the deliveries
 *     that waited are tried at once
 */
@ConfigurationProperties("egov.notification.circuit-breaker")
public record CircuitBreakerProperties(
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10") int minimumCalls,
        @DefaultValue("20") int slidingWindow,
        @DefaultValue("30s") Duration openDuration,
        @DefaultValue("5") int halfOpenCalls) {}
