package vn.egov.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.egov.notification.contact.EmailAddress;
import vn.egov.values.PhoneNumber;

/**
 * One message about one event on one channel; there is never a second one for the same event and channel (unique
 * key). It keeps the message exactly as rendered, so a retry sends the same text under the same idempotency key (its
 * id), and the provider's receipt once sent.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private UUID id;

    private String eventId;
    private String eventType;
    private String dossierCode;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;
    private String subject;
    private String body;
    private String htmlBody;
    private String templateId;

    @Convert(converter = TemplateDataConverter.class)
    private Map<String, String> templateData;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;
    private String providerMessageId;
    private String lastError;
    private Instant nextAttemptAt;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant sentAt;
    private String receipt;
    private Instant receiptAt;
    private String fallbackSms;
    private boolean inFlight;

    @Version
    @Column(name = "version")
    private long version;

    protected Delivery() {}

    /**
     * A delivery that the sender will try right away; {@code untouchedUntil} keeps the retry scheduler off it for
     * that time, and lets the scheduler pick it up should the first attempt never end (a crash).
     */
    public static Delivery pending(
            String eventId,
            String eventType,
            String dossierCode,
            Message message,
            Instant now,
            Instant untouchedUntil) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.eventId = Objects.requireNonNull(eventId, "eventId");
        delivery.eventType = Objects.requireNonNull(eventType, "eventType");
        delivery.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
        delivery.channel = message.channel();
        delivery.recipient = message.recipient();
        if (message instanceof Message.Email email) {
            delivery.subject = email.subject();
            delivery.body = email.text();
            delivery.htmlBody = email.html();
        } else if (message instanceof Message.Sms sms) {
            delivery.body = sms.text();
        } else if (message instanceof Message.Zalo zalo) {
            delivery.templateId = zalo.templateId();
            delivery.templateData = zalo.data();
            delivery.fallbackSms = zalo.fallbackSms();
        } else if (message instanceof Message.ZaloText text) {
            delivery.body = text.text();
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        delivery.nextAttemptAt = untouchedUntil;
        delivery.inFlight = true;
        return delivery;
    }

    /** The message, as it was rendered when the event arrived. */
    public Message message() {
        return switch (channel) {
            case EMAIL -> new Message.Email(new EmailAddress(recipient), subject, body, htmlBody);
            case SMS -> new Message.Sms(PhoneNumber.parse(recipient), body);
            case ZALO ->
                templateId == null
                        ? new Message.ZaloText(recipient, body)
                        : new Message.Zalo(PhoneNumber.parse(recipient), templateId, templateData, fallbackSms);
        };
    }

    /** Takes the delivery for one attempt; another sender (or instance) leaves it alone until {@code leaseUntil}. */
    public void claim(Instant now, Instant leaseUntil) {
        if (!isDue(now)) {
            throw new IllegalStateException("delivery " + id + " is not due");
        }
        nextAttemptAt = leaseUntil;
        inFlight = true;
        updatedAt = now;
    }

    /** Whether an attempt is under way: queued for a sender or sending. */
    public boolean inFlight() {
        return inFlight;
    }

    public boolean isDue(Instant now) {
        return status != DeliveryStatus.SENT && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    public void markSent(String receipt, Instant now) {
        if (status == DeliveryStatus.SENT) {
            throw new IllegalStateException("delivery " + id + " was already sent");
        }
        status = DeliveryStatus.SENT;
        attempts++;
        providerMessageId = receipt;
        lastError = null;
        nextAttemptAt = null;
        inFlight = false;
        sentAt = now;
        updatedAt = now;
    }

    /**
     * Records a failed attempt.
     *
     * @param retryAt when to try again; empty when the delivery is given up
     */
    public void markFailed(String error, Instant now, Optional<Instant> retryAt) {
        if (status == DeliveryStatus.SENT) {
            throw new IllegalStateException("delivery " + id + " was already sent");
        }
        status = DeliveryStatus.FAILED;
        attempts++;
        lastError = error == null ? "unknown error" : abbreviate(error);
        nextAttemptAt = retryAt.orElse(null);
        inFlight = false;
        updatedAt = now;
    }

    /**
     * Records the provider's report on a sent message: delivered to the recipient, or not. The first report stands; a
     * report on a message not (yet) recorded as sent is ignored.
     *
     * @return whether the report was recorded
     */
    public boolean recordReceipt(boolean delivered, Instant at, Instant now) {
        if (status != DeliveryStatus.SENT || receipt != null) {
            return false;
        }
        receipt = delivered ? "DELIVERED" : "UNDELIVERED";
        receiptAt = at;
        updatedAt = now;
        return true;
    }

    /** The SMS to send should this ZNS message fail, if the notification has one. */
    public Optional<Message.Sms> fallback() {
        if (channel != Channel.ZALO || templateId == null || fallbackSms == null) {
            return Optional.empty();
        }
        return Optional.of(new Message.Sms(PhoneNumber.parse(recipient), fallbackSms));
    }

    /** {@code DELIVERED} or {@code UNDELIVERED} once the provider reported, else empty. */
    public Optional<String> receipt() {
        return Optional.ofNullable(receipt);
    }

    public Optional<Instant> receiptAt() {
        return Optional.ofNullable(receiptAt);
    }

    /** No attempt was made (the provider's circuit is open): try later without using up an attempt. */
    public void postpone(String reason, Instant now, Instant until) {
        if (status == DeliveryStatus.SENT) {
            throw new IllegalStateException("delivery " + id + " was already sent");
        }
        lastError = abbreviate(reason);
        nextAttemptAt = until;
        inFlight = false;
        updatedAt = now;
    }

    /** The recipient as shown in the delivery log: {@code 090****456}, {@code a***@example.vn}. */
    public String maskedRecipient() {
        if (channel == Channel.EMAIL) {
            int at = recipient.indexOf('@');
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        if (channel == Channel.ZALO && templateId == null) {
            return "zalo:***" + recipient.substring(Math.max(0, recipient.length() - 4));
        }
        String national = PhoneNumber.parse(recipient).national();
        return national.substring(0, 3) + "*".repeat(national.length() - 6) + national.substring(national.length() - 3);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    public UUID id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public Channel channel() {
        return channel;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> providerMessageId() {
        return Optional.ofNullable(providerMessageId);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
