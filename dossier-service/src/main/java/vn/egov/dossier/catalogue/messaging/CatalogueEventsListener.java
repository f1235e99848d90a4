package vn.egov.dossier.catalogue.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.egov.contracts.EventTypes;
import vn.egov.contracts.Topics;
import vn.egov.contracts.catalogue.CatalogueEvents;
import vn.egov.dossier.catalogue.Catalogue;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;

/**
 * Evicts a procedure's cached versions on any catalogue event about it. Eviction is harmless to repeat, so this
 * listener needs no de-duplication.
 */
@Component
class CatalogueEventsListener {

    private final EventListenerSupport events;
    private final Catalogue catalogue;

    CatalogueEventsListener(EventListenerSupport events, Catalogue catalogue) {
        this.events = events;
        this.catalogue = catalogue;
    }

    @KafkaListener(topics = Topics.CATALOGUE_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = events.read(record);
        boolean aboutAProcedure = EventTypes.byType(event.type())
                .filter(CatalogueEvents.ALL::contains)
                .isPresent();
        if (!aboutAProcedure) {
            return;
        }
        // Subject and key are the procedure code on this topic.
        String code = event.subject() != null ? event.subject() : record.key();
        if (code != null) {
            catalogue.forget(code);
        }
    }
}
