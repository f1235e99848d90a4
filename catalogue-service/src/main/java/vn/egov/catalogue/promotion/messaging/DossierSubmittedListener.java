package vn.egov.catalogue.promotion.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.promotion.CountSubmittedDossier;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;
import vn.egov.servicedefaults.inbox.ProcessedEvents;

/** Counts every submitted dossier once, whatever Kafka redelivers. Other dossier events are not needed here. */
@Component
class DossierSubmittedListener {

    static final String CONSUMER = "catalogue-dossier-counts";

    private final EventListenerSupport events;
    private final ProcessedEvents processedEvents;
    private final CountSubmittedDossier count;

    DossierSubmittedListener(
            EventListenerSupport events, ProcessedEvents processedEvents, CountSubmittedDossier count) {
        this.events = events;
        this.processedEvents = processedEvents;
        this.count = count;
    }

    @KafkaListener(topics = Topics.DOSSIER_EVENTS)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = events.read(record);
        if (!DossierEvents.SUBMITTED.type().equals(event.type())) {
            return;
        }
        if (!processedEvents.firstDelivery(CONSUMER, event)) {
            return;
        }
        count.count(event.data(DossierSubmitted.class));
    }
}
