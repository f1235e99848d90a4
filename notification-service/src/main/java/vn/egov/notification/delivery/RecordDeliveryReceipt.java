package vn.egov.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes a provider's delivery report (eSMS delivery report, Zalo {@code user_received_message}) into the log. */
@Component
public class RecordDeliveryReceipt {

    private final Deliveries deliveries;
    private final FallBackToSms fallBack;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RecordDeliveryReceipt(
            Deliveries deliveries, FallBackToSms fallBack, TransactionTemplate transactions, Clock clock) {
        this.deliveries = deliveries;
        this.fallBack = fallBack;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param providerMessageId the provider's id of the message (eSMS SMSID, Zalo msg_id / message_id)
     * @param at when the provider says it happened, or empty for now
     * @return whether a sent delivery took the report (false: unknown id, or already reported)
     */
    public boolean record(Channel channel, String providerMessageId, boolean delivered, Optional<Instant> at) {
        Instant now = clock.instant();
        Optional<Delivery> recorded = transactions.execute(status -> deliveries
                .findFirstByChannelAndProviderMessageId(channel, providerMessageId)
                .filter(delivery -> delivery.recordReceipt(delivered, at.orElse(now), now)));
        if (recorded != null
                && recorded.isPresent()
                && !delivered
                && recorded.get().fallback().isPresent()) {
            fallBack.fallBack(recorded.get().id(), "reported undelivered");
        }
        return recorded != null && recorded.isPresent();
    }
}
