package vn.egov.dossier.payment.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.contracts.Topics;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.contracts.payment.PaymentRefunded;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.dossier.payment.ReceivePayment;
import vn.egov.dossier.payment.RecordRefund;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;
import vn.egov.servicedefaults.inbox.ProcessedEvents;

/**
 * Hears payment-service: a succeeded payment moves its dossier on or marks it paid, a refund goes into its history.
 * Each event is applied once. A failed payment changes nothing: the fee is still owed and the applicant may pay again.
 */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "dossier-payments";

    private final EventListenerSupport events;
    private final ProcessedEvents processedEvents;
    private final ReceivePayment receivePayment;
    private final RecordRefund recordRefund;

    PaymentEventsListener(
            EventListenerSupport events,
            ProcessedEvents processedEvents,
            ReceivePayment receivePayment,
            RecordRefund recordRefund) {
        this.events = events;
        this.processedEvents = processedEvents;
        this.receivePayment = receivePayment;
        this.recordRefund = recordRefund;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = events.read(record);
        boolean succeeded = PaymentEvents.SUCCEEDED.type().equals(event.type());
        boolean refunded = PaymentEvents.REFUNDED.type().equals(event.type());
        if (!succeeded && !refunded) {
            return;
        }
        if (!processedEvents.firstDelivery(CONSUMER, event)) {
            return;
        }
        if (succeeded) {
            receivePayment.receive(event.data(PaymentSucceeded.class));
        } else {
            recordRefund.record(event.data(PaymentRefunded.class));
        }
    }
}
