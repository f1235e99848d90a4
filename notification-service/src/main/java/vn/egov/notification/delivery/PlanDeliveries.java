package vn.egov.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.egov.servicedefaults.inbox.IncomingEvent;
import vn.egov.servicedefaults.inbox.ProcessedEvents;

/**
 * Records that an event was handled together with the deliveries it calls for, in one transaction: either both are
 * stored or neither, so a redelivered event never plans a second message. Sending happens after the commit.
 */
@Component
public class PlanDeliveries {

    private final ProcessedEvents processedEvents;
    private final Deliveries deliveries;
    private final RetryProperties retry;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    PlanDeliveries(
            ProcessedEvents processedEvents,
            Deliveries deliveries,
            RetryProperties retry,
            DeliveryMetrics metrics,
            Clock clock) {
        this.processedEvents = processedEvents;
        this.deliveries = deliveries;
        this.retry = retry;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Plans one delivery per message (at most one per channel).
     *
     * @param consumer the name under which the event is recorded as processed
     * @param messages possibly none: the event is then only recorded as processed
     * @return the pending deliveries to send now; none when the event had been handled before
     */
    @Transactional
    public List<Delivery> plan(String consumer, IncomingEvent event, String dossierCode, List<Message> messages) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (Message message : messages) {
            if (!channels.add(message.channel())) {
                throw new IllegalArgumentException("two messages for one channel: " + message.channel());
            }
        }
        if (!processedEvents.firstDelivery(consumer, event)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Delivery> planned = new ArrayList<>();
        for (Message message : messages) {
            planned.add(deliveries.save(
                    Delivery.pending(event.id(), event.type(), dossierCode, message, now, now.plus(retry.lease()))));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                planned.forEach(delivery -> metrics.planned(delivery.channel()));
            }
        });
        return planned;
    }

    /**
     * Plans one answer to a message a citizen sent us (the SMS or Zalo reply to a status look-up), in the caller's
     * transaction: the unique {@code (event_id, channel)} key keeps a second answer to the same message out.
     *
     * @param messageKey the channel and the provider's id of the message answered, e.g. {@code sms-mo:<id>}
     * @param dossierCode the dossier the answer is about (shown in its delivery log), or {@code -} for none
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Delivery planReply(String messageKey, String type, String dossierCode, Message message) {
        Instant now = clock.instant();
        Delivery delivery =
                deliveries.save(Delivery.pending(messageKey, type, dossierCode, message, now, now.plus(retry.lease())));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                metrics.planned(delivery.channel());
            }
        });
        return delivery;
    }
}
