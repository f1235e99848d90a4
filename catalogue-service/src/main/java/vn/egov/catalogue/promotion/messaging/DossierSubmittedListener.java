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

    /**
     * The counts feed the service-level rules, which nobody reads within a second of a submission, so the broker may
     * hold a fetch until 16 KB of events (or 200 ms) have gathered: under load one poll and one offset commit then
     * serve a dozen events instead of one each (polls and offset commits were 30 % of this consumer's CPU).
     */
    @KafkaListener(
            topics = Topics.DOSSIER_EVENTS,
            properties = {"fetch.min.bytes=16384", "fetch.max.wait.ms=200"})
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
