package vn.egov.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a ZNS message's notification by SMS instead, once, when the ZNS failed for good (no Zalo account, template
 * refused), was reported undelivered, or was not reported delivered within {@code egov.notification.zalo.fallback-after}.
 * The SMS is a delivery of the same event on the SMS channel: the unique key keeps it to one, and there is none when
 * the applicant chose SMS as well (that SMS already went). The log shows both attempts.
 */
@Component
public class FallBackToSms {

    private static final Logger log = LoggerFactory.getLogger(FallBackToSms.class);

    private final Deliveries deliveries;
    private final SendDelivery sendDelivery;
    private final RetryProperties retry;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration fallbackAfter;

    FallBackToSms(
            Deliveries deliveries,
            SendDelivery sendDelivery,
            RetryProperties retry,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock,
            @Value("${egov.notification.zalo.fallback-after:10m}") Duration fallbackAfter) {
        this.deliveries = deliveries;
        this.sendDelivery = sendDelivery;
        this.retry = retry;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
        this.fallbackAfter = fallbackAfter;
    }

    /** Plans and sends the fallback SMS of a ZNS delivery, unless there is one (or another SMS) for its event. */
    public void fallBack(UUID znsDeliveryId, String why) {
        Optional<UUID> planned;
        try {
            planned = transactions.execute(status -> {
                Optional<Delivery> zns = deliveries.findById(znsDeliveryId);
                if (zns.isEmpty() || zns.get().fallback().isEmpty()) {
                    return Optional.<UUID>empty();
                }
                boolean smsExists = deliveries.findByEventId(zns.get().eventId()).stream()
                        .anyMatch(d -> d.channel() == Channel.SMS);
                if (smsExists) {
                    return Optional.<UUID>empty();
                }
                Instant now = clock.instant();
                Delivery sms = deliveries.saveAndFlush(Delivery.pending(
                        zns.get().eventId(),
                        zns.get().eventType(),
                        zns.get().dossierCode(),
                        zns.get().fallback().get(),
                        now,
                        now.plus(retry.lease())));
                return Optional.of(sms.id());
            });
        } catch (DataIntegrityViolationException raced) {
            return; // another instance planned it
        }
        if (planned != null && planned.isPresent()) {
            log.info("ZNS delivery {} {}: falling back to SMS delivery {}", znsDeliveryId, why, planned.get());
            meters.counter("egov.notification.fallbacks", "from", "zalo", "to", "sms")
                    .increment();
            sendDelivery.send(planned.get());
        }
    }

    /** ZNS messages not reported delivered in time. */
    @Scheduled(fixedDelayString = "${egov.notification.retry.poll-interval:10s}")
    public void fallBackOverdue() {
        List<UUID> overdue = deliveries.findZnsAwaitingFallback(clock.instant().minus(fallbackAfter), 50);
        overdue.forEach(id -> fallBack(id, "not delivered within " + fallbackAfter));
    }
}
