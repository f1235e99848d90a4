package vn.egov.notification.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event stream applicants hear about, with the notifications of its event types and the name under which its
 * events are recorded as processed (each stream its own consumer, so that the records of one never hide the other's).
 */
public enum NotificationFeed {
    /** {@code egov.dossier.events}. */
    DOSSIER_EVENTS("dossier-notifications", DossierNotifications.ALL),
    /** {@code egov.payment.events}. */
    PAYMENT_EVENTS("payment-notifications", PaymentNotifications.ALL);

    private final String consumer;
    private final Map<String, DossierNotification> byType;

    NotificationFeed(String consumer, List<DossierNotification> notifications) {
        this.consumer = consumer;
        this.byType = notifications.stream()
                .collect(Collectors.toUnmodifiableMap(DossierNotification::eventType, Function.identity()));
    }

    /** The name under which this feed's events are recorded in {@code processed_event}. */
    public String consumer() {
        return consumer;
    }

    /** The notification of an event type; empty when applicants are not told about it. */
    Optional<DossierNotification> notificationFor(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
