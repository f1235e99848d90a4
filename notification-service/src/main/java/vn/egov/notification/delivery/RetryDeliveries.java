package vn.egov.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tries again the deliveries that are due: failed ones whose back-off is over, postponed ones, and pending ones whose
 * first attempt never ended. Each is claimed first (optimistic lock), so two instances never send the same delivery at
 * once, then handed to the senders' pool ({@link DispatchDeliveries}). When a provider's circuit closes again, {@link
 * #resume} makes the deliveries waiting for it due at once instead of at the end of their back-off.
 */
@Component
public class RetryDeliveries implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RetryDeliveries.class);

    /** Batches claimed per run at most, so that one broken row found again and again cannot hold a run forever. */
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final Deliveries deliveries;
    private final DispatchDeliveries dispatchDeliveries;
    private final RetryProperties retry;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetryDeliveries(
            Deliveries deliveries,
            DispatchDeliveries dispatchDeliveries,
            RetryProperties retry,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.deliveries = deliveries;
        this.dispatchDeliveries = dispatchDeliveries;
        this.retry = retry;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::retryDue, retry.pollInterval());
    }

    /** Claims the deliveries that are due, batch after batch while batches come full, and hands them to the senders. */
    public void retryDue() {
        List<UUID> due;
        int batches = 0;
        do {
            due = deliveries.findDue(clock.instant(), retry.batchSize());
            List<Delivery> claimed = new ArrayList<>(due.size());
            for (UUID id : due) {
                try {
                    claim(id).ifPresent(claimed::add);
                } catch (RuntimeException e) {
                    // One broken delivery must not hold up the others; it stays due and is logged each round.
                    log.error("Retry of delivery {} failed", id, e);
                }
            }
            dispatchDeliveries.dispatch(claimed);
        } while (due.size() == retry.batchSize() && ++batches < MAX_BATCHES_PER_RUN);
    }

    /**
     * Makes up to {@code limit} deliveries of {@code channel} that wait for a later attempt due now, and tries them:
     * all of them when the channel's provider answers again after an outage, a trial's worth when its circuit
     * half-opens.
     */
    public void resume(Channel channel, int limit) {
        Integer brought =
                transactions.execute(status -> deliveries.bringForward(channel.name(), clock.instant(), limit));
        if (brought != null && brought > 0) {
            log.info("{} provider: trying {} waiting deliveries now", channel, brought);
        }
        retryDue();
    }

    private Optional<Delivery> claim(UUID id) {
        try {
            return Optional.ofNullable(transactions.execute(status -> {
                Instant now = clock.instant();
                Delivery delivery = deliveries.findById(id).orElse(null);
                if (delivery == null || !delivery.isDue(now)) {
                    return null;
                }
                delivery.claim(now, now.plus(retry.lease()));
                return deliveries.saveAndFlush(delivery);
            }));
        } catch (ObjectOptimisticLockingFailureException claimedElsewhere) {
            return Optional.empty();
        }
    }
}
