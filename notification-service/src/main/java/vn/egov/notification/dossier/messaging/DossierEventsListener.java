package vn.egov.notification.dossier.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.egov.contracts.Topics;
import vn.egov.notification.dossier.NotificationFeed;
import vn.egov.notification.dossier.NotifyApplicant;
import vn.egov.servicedefaults.inbox.EventListenerSupport;

/**
 * Consumes {@code egov.dossier.events}. A record that fails (dossier-service unreachable, an event that does not match
 * its schema) is retried with back-off and then dead-lettered by the service defaults' error handler.
 */
@Component
class DossierEventsListener {

    private final EventListenerSupport events;
    private final NotifyApplicant notifyApplicant;

    DossierEventsListener(EventListenerSupport events, NotifyApplicant notifyApplicant) {
        this.events = events;
        this.notifyApplicant = notifyApplicant;
    }

    @KafkaListener(topics = Topics.DOSSIER_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        notifyApplicant.handle(NotificationFeed.DOSSIER_EVENTS, events.read(record));
    }
}
