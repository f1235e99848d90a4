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
 *
 * <p>Each instance of dossier-service keeps its own cache, so each must see every catalogue event: the listener
 * consumes in a group of its own instance (a new id at every start) instead of the service's shared group, in which
 * only one instance would get each event and the others would serve the old version until their cache expired.
 * Reading the topic from its start costs a new instance a few evictions from an empty cache.
 */
@Component
class CatalogueEventsListener {

    private final EventListenerSupport events;
    private final Catalogue catalogue;

    CatalogueEventsListener(EventListenerSupport events, Catalogue catalogue) {
        this.events = events;
        this.catalogue = catalogue;
    }

    @KafkaListener(topics = Topics.CATALOGUE_EVENTS, groupId = "${spring.application.name}-cache-${random.uuid}")
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
