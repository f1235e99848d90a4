package vn.egov.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Makes one attempt at a delivery, outside any database transaction (a slow gateway must not hold a connection), then
 * records the outcome: SENT with the provider's receipt, or FAILED with the error and, while attempts remain, the time
 * of the next one.
 */
@Component
public class SendDelivery {

    private static final Logger log = LoggerFactory.getLogger(SendDelivery.class);

    private final Deliveries deliveries;
    private final Providers providers;
    private final RetryProperties retry;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    private final ObjectProvider<FallBackToSms> fallBack;

    SendDelivery(
            Deliveries deliveries,
            Providers providers,
            RetryProperties retry,
            DeliveryMetrics metrics,
            Clock clock,
            ObjectProvider<FallBackToSms> fallBack) {
        this.fallBack = fallBack;
        this.deliveries = deliveries;
        this.providers = providers;
        this.retry = retry;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void send(UUID id) {
        Optional<Delivery> found = deliveries.findById(id);
        if (found.isEmpty() || found.get().status() == DeliveryStatus.SENT) {
            return;
        }
        Delivery delivery = found.get();
        SendResult result;
        try {
            result = providers.send(delivery.id(), delivery.message());
        } catch (RuntimeException e) {
            log.error("Delivery {} ({}) failed unexpectedly", delivery.id(), delivery.channel(), e);
            result = SendResult.Failed.temporary(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant now = clock.instant();
        switchOn(result, delivery, now);
        try {
            deliveries.save(delivery);
        } catch (ObjectOptimisticLockingFailureException raced) {
            // Another sender took the delivery after our lease ran out; its outcome stands (the provider-side
            // idempotency key kept the recipient from getting two messages).
            log.warn("Delivery {} was updated concurrently; keeping the other outcome", delivery.id());
            return;
        }
        record(result, delivery);
        if (result instanceof SendResult.Failed failed
                && delivery.nextAttemptAt().isEmpty()
                && delivery.fallback().isPresent()) {
            fallBack.ifAvailable(f -> f.fallBack(delivery.id(), "failed for good: " + failed.error()));
        }
    }

    private void switchOn(SendResult result, Delivery delivery, Instant now) {
        if (result instanceof SendResult.Sent sent) {
            delivery.markSent(sent.providerMessageId(), now);
        } else if (result instanceof SendResult.Failed failed) {
            Optional<Instant> retryAt =
                    failed.permanent() ? Optional.empty() : retry.nextAttempt(delivery.attempts() + 1, now);
            delivery.markFailed(failed.error(), now, retryAt);
        } else if (result instanceof SendResult.NotAttempted waiting) {
            delivery.postpone(waiting.reason(), now, now.plus(waiting.retryAfter()));
        }
    }

    private void record(SendResult result, Delivery delivery) {
        if (result instanceof SendResult.Sent) {
            metrics.sent(delivery.channel());
            log.info(
                    "Delivery {} ({}) sent after {} attempt(s)",
                    delivery.id(),
                    delivery.channel(),
                    delivery.attempts());
        } else if (result instanceof SendResult.Failed failed) {
            boolean givenUp = delivery.nextAttemptAt().isEmpty();
            metrics.failed(delivery.channel(), givenUp);
            log.warn(
                    "Delivery {} ({}) attempt {} failed{}: {}",
                    delivery.id(),
                    delivery.channel(),
                    delivery.attempts(),
                    givenUp ? ", given up" : "",
                    failed.error());
        }
    }
}
