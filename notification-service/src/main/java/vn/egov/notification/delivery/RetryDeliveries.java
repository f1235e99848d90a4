package vn.egov.notification.delivery;

import java.time.Clock;
import java.time.Instant;
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
 * Tries again the deliveries that are due: failed ones whose back-off is over, and pending ones whose first attempt
 * never ended. Each is claimed first (optimistic lock), so two instances never send the same delivery at once.
 */
@Component
public class RetryDeliveries implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RetryDeliveries.class);

    private final Deliveries deliveries;
    private final SendDelivery sendDelivery;
    private final RetryProperties retry;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetryDeliveries(
            Deliveries deliveries,
            SendDelivery sendDelivery,
            RetryProperties retry,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.deliveries = deliveries;
        this.sendDelivery = sendDelivery;
        this.retry = retry;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::retryDue, retry.pollInterval());
    }

    void retryDue() {
        for (UUID id : deliveries.findDue(clock.instant(), retry.batchSize())) {
            try {
                if (claim(id)) {
                    sendDelivery.send(id);
                }
            } catch (RuntimeException e) {
                // One broken delivery must not hold up the others; it stays due and is logged each round.
                log.error("Retry of delivery {} failed", id, e);
            }
        }
    }

    private boolean claim(UUID id) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                Instant now = clock.instant();
                Delivery delivery = deliveries.findById(id).orElse(null);
                if (delivery == null || !delivery.isDue(now)) {
                    return false;
                }
                delivery.claim(now, now.plus(retry.lease()));
                deliveries.saveAndFlush(delivery);
                return true;
            }));
        } catch (ObjectOptimisticLockingFailureException claimedElsewhere) {
            return false;
        }
    }
}
