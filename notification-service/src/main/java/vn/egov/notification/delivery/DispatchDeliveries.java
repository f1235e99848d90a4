package vn.egov.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Makes the attempts at deliveries on a pool of senders: the first attempt at planned ones, so that the event consumer
 * goes on to its next event instead of waiting for an SMS gateway's or a mail server's answers, one channel after the
 * other, and the retries {@link RetryDeliveries} claimed, so that a backlog after a provider's outage clears at the
 * pool's pace rather than one message at a time.
 *
 * <p>Nothing is lost on the way: a delivery is durable (PENDING, leased to its first attempt) before it is handed over.
 * When the queue is full the consumer thread sends it itself, which slows the consumer down instead of dropping
 * anything. A delivery still queued when its lease runs out, or when the service stops, is left to {@link
 * RetryDeliveries}, which claims it first, so it is never sent twice from here and there.
 *
 * <p>Sending from a pool gives up the order of two messages on one channel about one dossier when their events come a
 * moment apart; each message says what it is about, and the events stay in order on the consumer.
 */
@Component
public class DispatchDeliveries implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchDeliveries.class);

    private final SendDelivery sendDelivery;
    private final Clock clock;
    private final SendingProperties properties;
    private final ThreadPoolExecutor senders;

    DispatchDeliveries(SendDelivery sendDelivery, Clock clock, SendingProperties properties, MeterRegistry meters) {
        this.sendDelivery = sendDelivery;
        this.clock = clock;
        this.properties = properties;
        AtomicInteger count = new AtomicInteger();
        this.senders = new ThreadPoolExecutor(
                properties.threads(),
                properties.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                runnable -> {
                    Thread thread = new Thread(runnable, "delivery-sender-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
        ExecutorServiceMetrics.monitor(meters, senders, "notification.senders");
    }

    /**
     * Hands deliveries leased to an attempt (just planned, or claimed for a retry) to the senders; returns at once
     * unless the queue is full.
     */
    public void dispatch(List<Delivery> leased) {
        for (Delivery delivery : leased) {
            senders.execute(() -> attempt(delivery));
        }
    }

    private void attempt(Delivery delivery) {
        if (delivery.isDue(clock.instant())) {
            // Queued past its lease: the retry scheduler may have claimed it already, and it will if not.
            log.warn("Delivery {} waited past its lease for a sender; the retry scheduler takes it", delivery.id());
            return;
        }
        try {
            sendDelivery.send(delivery.id());
        } catch (RuntimeException e) {
            // Still PENDING or FAILED in the table: the retry scheduler tries it again after the lease.
            log.error("Attempt at delivery {} failed", delivery.id(), e);
        }
    }

    /** Lets the attempts under way finish; whatever is still queued stays PENDING for the retry scheduler. */
    @Override
    public void destroy() throws InterruptedException {
        List<Runnable> queued = new ArrayList<>();
        senders.getQueue().drainTo(queued);
        senders.shutdown();
        if (!queued.isEmpty()) {
            log.info("{} queued deliveries left PENDING for the retry scheduler", queued.size());
        }
        if (!senders.awaitTermination(properties.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Delivery senders still busy after {}; their deliveries are retried", properties.shutdownWait());
        }
    }
}
