package vn.egov.notification.dossier.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.egov.contracts.Topics;
import vn.egov.notification.dossier.NotificationFeed;
import vn.egov.notification.dossier.NotifyApplicant;
import vn.egov.servicedefaults.inbox.EventListenerSupport;

/**
 * Consumes {@code egov.payment.events}: a payment received or refunded is told to the applicant of its dossier. Failures
 * are retried and dead-lettered as for dossier events.
 */
@Component
class PaymentEventsListener {

    private final EventListenerSupport events;
    private final NotifyApplicant notifyApplicant;

    PaymentEventsListener(EventListenerSupport events, NotifyApplicant notifyApplicant) {
        this.events = events;
        this.notifyApplicant = notifyApplicant;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        notifyApplicant.handle(NotificationFeed.PAYMENT_EVENTS, events.read(record));
    }
}
