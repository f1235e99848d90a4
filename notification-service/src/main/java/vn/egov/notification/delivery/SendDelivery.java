package vn.egov.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Makes one attempt at a delivery, outside any database transaction (a slow gateway must not hold a connection), then
 * records the outcome: SENT with the provider's receipt, or FAILED with the error and, while attempts remain, the time
 * of the next one.
 *
 * <p>When the database cannot record the outcome (PostgreSQL restarting), it is tried again until shortly before the
 * attempt's lease runs out: no other sender takes the delivery before that, and once the message is sent, forgetting
 * it would send an e-mail twice (SMTP has no idempotency key; eSMS and ZNS have).
 */
@Component
public class SendDelivery {

    private static final Logger log = LoggerFactory.getLogger(SendDelivery.class);
    /** Recording stops this long before the lease ends, so that it never races a retry of the same delivery. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(10);

    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

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
        Optional<Instant> leaseEnd = delivery.nextAttemptAt();
        switchOn(result, delivery, now);
        try {
            saveOutcome(delivery, leaseEnd);
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

    /** Saves the outcome, trying again while the database is unreachable and the lease leaves time. */
    private void saveOutcome(Delivery delivery, Optional<Instant> leaseEnd) {
        Instant giveUp = leaseEnd.map(end -> end.minus(LEASE_MARGIN)).orElse(Instant.MIN);
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                deliveries.save(delivery);
                return;
            } catch (ObjectOptimisticLockingFailureException raced) {
                throw raced;
            } catch (DataAccessException | TransactionException unreachable) {
                if (clock.instant().plus(pause).isAfter(giveUp)) {
                    throw unreachable;
                }
                log.warn(
                        "Could not record the outcome of delivery {} ({}), trying again in {}: {}",
                        delivery.id(),
                        delivery.channel(),
                        pause,
                        unreachable.getMostSpecificCause().getMessage());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw unreachable;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
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
