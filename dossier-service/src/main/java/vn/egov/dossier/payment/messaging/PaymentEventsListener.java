package vn.egov.dossier.payment.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.contracts.Topics;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.contracts.payment.PaymentRefunded;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.dossier.payment.ReceivePayment;
import vn.egov.dossier.payment.RecordRefund;
import vn.egov.servicedefaults.correlation.CorrelationId;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;
import vn.egov.servicedefaults.inbox.ProcessedEvents;

/**
 * Hears payment-service: a succeeded payment moves its dossier on or marks it paid, a refund goes into its history.
 * Each event is applied once. A failed payment changes nothing: the fee is still owed and the applicant may pay again.
 *
 * <p>Records come in batches, applied in one transaction with their dossiers read in one query: at a few hundred
 * payments a second, a transaction, a dossier read and a commit per event were most of this consumer's work (ADR 11).
 * The broker is asked to wait up to {@value #BATCH_WAIT_MS} ms to fill a batch, which is all a dossier's status waits
 * for it. When a batch fails, its records are applied again one by one, each in its own transaction, and the one that
 * fails is named to the error handler, which retries it and then sends it to the dead-letter topic as before; the
 * records before it are committed, the records after it are delivered again.
 */
@Component
class PaymentEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentEventsListener.class);

    static final String CONSUMER = "dossier-payments";

    static final int BATCH_WAIT_MS = 50;

    private final EventListenerSupport events;
    private final ProcessedEvents processedEvents;
    private final ReceivePayment receivePayment;
    private final RecordRefund recordRefund;
    private final TransactionTemplate tx;

    PaymentEventsListener(
            EventListenerSupport events,
            ProcessedEvents processedEvents,
            ReceivePayment receivePayment,
            RecordRefund recordRefund,
            TransactionTemplate tx) {
        this.events = events;
        this.processedEvents = processedEvents;
        this.receivePayment = receivePayment;
        this.recordRefund = recordRefund;
        this.tx = tx;
    }

    @KafkaListener(
            topics = Topics.PAYMENT_EVENTS,
            batch = "true",
            properties = {"fetch.min.bytes=65536", "fetch.max.wait.ms=" + BATCH_WAIT_MS})
    void on(List<ConsumerRecord<String, byte[]>> records) {
        try {
            tx.executeWithoutResult(status -> apply(records));
        } catch (RuntimeException batchFailed) {
            log.warn("A batch of {} payment events failed; applying them one by one", records.size(), batchFailed);
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<String, byte[]> record = records.get(i);
                try {
                    tx.executeWithoutResult(status -> apply(List.of(record)));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException("payment event failed", failed, i);
                }
            }
        }
    }

    /** Applies the records in their order, the dossiers of their payments read first in one query. */
    private void apply(List<ConsumerRecord<String, byte[]>> records) {
        List<IncomingEvent> read = records.stream().map(events::read).toList();
        ReceivePayment.Batch payments = receivePayment.batch(read.stream()
                .filter(event -> PaymentEvents.SUCCEEDED.type().equals(event.type()))
                .map(event -> event.data(PaymentSucceeded.class).dossierCode())
                .toList());
        for (int i = 0; i < records.size(); i++) {
            correlate(records.get(i));
            try {
                apply(read.get(i), payments);
            } finally {
                CorrelationId.clear();
            }
        }
    }

    private void apply(IncomingEvent event, ReceivePayment.Batch payments) {
        boolean succeeded = PaymentEvents.SUCCEEDED.type().equals(event.type());
        boolean refunded = PaymentEvents.REFUNDED.type().equals(event.type());
        if (!succeeded && !refunded) {
            return;
        }
        if (!processedEvents.firstDelivery(CONSUMER, event)) {
            return;
        }
        if (succeeded) {
            payments.receive(event.data(PaymentSucceeded.class));
        } else {
            recordRefund.record(event.data(PaymentRefunded.class));
        }
    }

    /** The record interceptor does not see batches: the correlation id goes into the logging context here. */
    private static void correlate(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_" + CorrelationId.CLOUDEVENT_EXTENSION);
        CorrelationId.set(header == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
}
