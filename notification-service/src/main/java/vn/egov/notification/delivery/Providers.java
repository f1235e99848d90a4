package vn.egov.notification.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The provider of each channel, each behind its own circuit breaker so that one gateway's outage spares the others. */
@Component
public class Providers {

    private final Map<Channel, Provider> providers = new EnumMap<>(Channel.class);
    private final Map<Channel, CircuitBreaker> circuitBreakers = new EnumMap<>(Channel.class);
    private final CircuitBreakerProperties properties;

    Providers(List<Provider> all, CircuitBreakerProperties properties) {
        this.properties = properties;
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .minimumNumberOfCalls(properties.minimumCalls())
                .slidingWindowSize(Math.max(properties.slidingWindow(), properties.minimumCalls()))
                .waitDurationInOpenState(properties.openDuration())
                // Half-open on its own once the wait is over: the next send is the trial, whatever triggers it.
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(properties.halfOpenCalls())
                // A temporary failure is the provider in trouble; a permanent one (bad number) is not.
                .recordResult(result -> result instanceof SendResult.Failed failed && !failed.permanent())
                .build();
        for (Provider provider : all) {
            if (providers.put(provider.channel(), provider) != null) {
                throw new IllegalStateException("two providers for " + provider.channel());
            }
            circuitBreakers.put(
                    provider.channel(),
                    CircuitBreaker.of(
                            "notification-" + provider.channel().name().toLowerCase(), config));
        }
    }

    /** Sends through the channel's provider unless its circuit is open. */
    SendResult send(UUID deliveryId, Message message) {
        Provider provider = providers.get(message.channel());
        if (provider == null) {
            return SendResult.Failed.permanent("no provider for " + message.channel());
        }
        try {
            return circuitBreakers.get(message.channel()).executeSupplier(() -> provider.send(deliveryId, message));
        } catch (CallNotPermittedException open) {
            return new SendResult.NotAttempted(
                    "circuit open: " + message.channel() + " provider failing", properties.postponement());
        }
    }

    /** The circuit breaker of a channel, for health reporting and tests. */
    public CircuitBreaker circuitBreaker(Channel channel) {
        return circuitBreakers.get(channel);
    }
}
