package vn.egov.notification.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.egov.notification.contact.Contacts;
import vn.egov.notification.contact.DossierContact;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.DispatchDeliveries;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.delivery.PlanDeliveries;
import vn.egov.servicedefaults.inbox.IncomingEvent;

/**
 * Tells the applicant about a dossier or payment event on the channels they chose. Contact details are fetched and messages
 * rendered first; then the event is recorded as processed together with one pending delivery per channel (one
 * transaction); then the deliveries are handed to the senders' pool, and the consumer goes on to its next event. A
 * redelivered event finds itself recorded and sends nothing; a crash between commit and send leaves pending deliveries
 * that the retry scheduler sends.
 */
@Component
public class NotifyApplicant {

    /** The name under which dossier events are recorded as processed. */
    public static final String CONSUMER = NotificationFeed.DOSSIER_EVENTS.consumer();

    private static final Logger log = LoggerFactory.getLogger(NotifyApplicant.class);

    private final HandledEvents handledEvents;
    private final Contacts contacts;
    private final ComposeMessages composeMessages;
    private final PlanDeliveries planDeliveries;
    private final DispatchDeliveries dispatchDeliveries;
    private final PortalProperties portal;
    private final Clock clock;

    NotifyApplicant(
            HandledEvents handledEvents,
            Contacts contacts,
            ComposeMessages composeMessages,
            PlanDeliveries planDeliveries,
            DispatchDeliveries dispatchDeliveries,
            PortalProperties portal,
            Clock clock) {
        this.handledEvents = handledEvents;
        this.contacts = contacts;
        this.composeMessages = composeMessages;
        this.planDeliveries = planDeliveries;
        this.dispatchDeliveries = dispatchDeliveries;
        this.portal = portal;
        this.clock = clock;
    }

    /**
     * @param feed the stream the event came from: it names the consumer the event is recorded under
     */
    @SuppressWarnings("unchecked")
    public void handle(NotificationFeed feed, IncomingEvent event) {
        String consumer = feed.consumer();
        Optional<DossierNotification> notification = feed.notificationFor(event.type());
        if (notification.isEmpty()) {
            // Acknowledged, and remembered like any other, so the consumer's record stays complete.
            planDeliveries.plan(consumer, event, event.subject(), List.of());
            log.debug("Event {} of type {}: applicants are not notified about it", event.id(), event.type());
            return;
        }
        if (handledEvents.contains(consumer, event.id())) {
            log.info("Event {} was handled before; nothing sent again", event.id());
            return;
        }
        // Reading the contract record first: an event that does not match its schema fails here, before any message.
        event.data(notification.get().dataClass());
        Map<String, Object> data = event.data(Map.class);
        String dossierCode = event.subject() != null ? event.subject() : String.valueOf(data.get("dossierCode"));
        Optional<DossierContact> contact = contacts.of(dossierCode);
        if (contact.isEmpty()) {
            log.warn("Event {}: dossier-service knows no dossier {}; nobody to notify", event.id(), dossierCode);
        }
        List<Message> messages = contact.map(c -> composeMessages.compose(
                        notification.get(),
                        c,
                        NotificationModel.of(dossierCode, c, data, occurredAt(event), clock.getZone(), portal.url())))
                .orElse(List.of());
        List<Delivery> planned = planDeliveries.plan(consumer, event, dossierCode, messages);
        dispatchDeliveries.dispatch(planned);
    }

    private OffsetDateTime occurredAt(IncomingEvent event) {
        OffsetDateTime time = event.cloudEvent().getTime();
        return time != null ? time : OffsetDateTime.now(clock);
    }
}
