package vn.egov.dossier.dossier.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.contracts.Topics;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.dossier.dossier.ReceivePayment;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;
import vn.egov.servicedefaults.inbox.ProcessedEvents;

/** Hears payment-service: a succeeded payment moves its dossier on. Each event is applied once. */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "dossier-payments";

    private final EventListenerSupport events;
    private final ProcessedEvents processedEvents;
    private final ReceivePayment receivePayment;

    PaymentEventsListener(EventListenerSupport events, ProcessedEvents processedEvents, ReceivePayment receivePayment) {
        this.events = events;
        this.processedEvents = processedEvents;
        this.receivePayment = receivePayment;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = events.read(record);
        if (!PaymentEvents.SUCCEEDED.type().equals(event.type())) {
            return;
        }
        if (!processedEvents.firstDelivery(CONSUMER, event)) {
            return;
        }
        receivePayment.receive(event.data(PaymentSucceeded.class));
    }
}
