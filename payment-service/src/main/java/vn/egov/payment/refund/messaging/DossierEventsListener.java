package vn.egov.payment.refund.messaging;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierStatusChanged;
import vn.egov.payment.refund.RefundPaidFee;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;
import vn.egov.servicedefaults.inbox.ProcessedEvents;

/** Hears dossier-service: a dossier that ends without its service may have its paid fee refunded. Each event once. */
@Component
class DossierEventsListener {

    static final String CONSUMER = "payment-dossiers";

    private static final Set<String> ENDINGS =
            Set.of(DossierEvents.WITHDRAWN.type(), DossierEvents.NOT_ACCEPTED.type(), DossierEvents.STOPPED.type());

    private final EventListenerSupport events;
    private final ProcessedEvents processedEvents;
    private final RefundPaidFee refundPaidFee;

    DossierEventsListener(EventListenerSupport events, ProcessedEvents processedEvents, RefundPaidFee refundPaidFee) {
        this.events = events;
        this.processedEvents = processedEvents;
        this.refundPaidFee = refundPaidFee;
    }

    @KafkaListener(topics = Topics.DOSSIER_EVENTS)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = events.read(record);
        if (!ENDINGS.contains(event.type()) || !processedEvents.firstDelivery(CONSUMER, event)) {
            return;
        }
        DossierStatusChanged changed = event.data(DossierStatusChanged.class);
        refundPaidFee.dossierEnded(changed.dossierCode(), changed.status());
    }
}
