package vn.egov.notification.delivery.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.DeliveryStatus;

/**
 * One delivery as the log shows it; the recipient is masked ({@code 090****456}) because officers need to see that a
 * message went out, not the applicant's number.
 *
 * @param id the delivery, also the idempotency key given to the provider
 * @param eventType the CloudEvents type that caused it
 * @param channel SMS, ZALO or EMAIL
 * @param recipient masked recipient
 * @param status PENDING, SENT or FAILED
 * @param providerMessageId the provider's receipt once sent
 * @param attempts attempts made
 * @param lastError the last failure, if any
 * @param createdAt when the event was handled
 * @param sentAt when the provider took the message
 * @param nextAttemptAt when it will be tried again, if it will
 * @param receipt what the provider reported after taking it: DELIVERED, UNDELIVERED, or null before any report
 * @param receiptAt when the provider says it was delivered (or not)
 */
record DeliveryLogEntry(
        UUID id,
        String eventType,
        Channel channel,
        String recipient,
        DeliveryStatus status,
        String providerMessageId,
        int attempts,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        OffsetDateTime nextAttemptAt,
        String receipt,
        OffsetDateTime receiptAt) {

    static DeliveryLogEntry of(Delivery delivery, ZoneId zone) {
        return new DeliveryLogEntry(
                delivery.id(),
                delivery.eventType(),
                delivery.channel(),
                delivery.maskedRecipient(),
                delivery.status(),
                delivery.providerMessageId().orElse(null),
                delivery.attempts(),
                delivery.lastError().orElse(null),
                delivery.createdAt().atZone(zone).toOffsetDateTime(),
                delivery.sentAt().map(t -> t.atZone(zone).toOffsetDateTime()).orElse(null),
                delivery.nextAttemptAt()
                        .map(t -> t.atZone(zone).toOffsetDateTime())
                        .orElse(null),
                delivery.receipt().orElse(null),
                delivery.receiptAt().map(t -> t.atZone(zone).toOffsetDateTime()).orElse(null));
    }
}
