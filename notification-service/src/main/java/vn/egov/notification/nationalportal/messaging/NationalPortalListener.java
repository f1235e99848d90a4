package vn.egov.notification.nationalportal.messaging;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierStatusChanged;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.notification.nationalportal.PushStatusChange;
import vn.egov.notification.nationalportal.StatusChange;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;

/**
 * Consumes {@code egov.dossier.events} in its own group ({@code egov.notification.national-portal.group-id}, by default
 * {@value NationalPortalMessaging#GROUP}), so the portal sync
 * keeps its own offsets, retries and dead letters apart from the applicants' notifications. Every event that changes a
 * dossier's status (the submission and every transition) is pushed; the others (overdue, apology) change none and are
 * passed over.
 */
@Component
@ConditionalOnProperty(name = "egov.notification.national-portal.enabled", havingValue = "true", matchIfMissing = true)
class NationalPortalListener {

    private final EventListenerSupport events;
    private final PushStatusChange pushStatusChange;

    NationalPortalListener(EventListenerSupport events, PushStatusChange pushStatusChange) {
        this.events = events;
        this.pushStatusChange = pushStatusChange;
    }

    @KafkaListener(
            id = "national-portal",
            groupId = "${egov.notification.national-portal.group-id:" + NationalPortalMessaging.GROUP + "}",
            topics = Topics.DOSSIER_EVENTS,
            containerFactory = NationalPortalMessaging.CONTAINER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        statusChange(events.read(record)).ifPresent(pushStatusChange::push);
    }

    /** The status change an event carries, mapped from the contract; empty for events that change no status. */
    static Optional<StatusChange> statusChange(IncomingEvent event) {
        if (DossierEvents.SUBMITTED.type().equals(event.type())) {
            DossierSubmitted data = event.data(DossierSubmitted.class);
            return Optional.of(new StatusChange(
                    event.id(),
                    event.type(),
                    data.dossierCode(),
                    data.procedureCode(),
                    data.agencyCode(),
                    "ONLINE".equals(data.channel()),
                    data.status(),
                    data.statusCode(),
                    null,
                    data.submittedAt(),
                    data.aggregateVersion()));
        }
        boolean transition = DossierEvents.ALL.stream()
                .anyMatch(type -> type.type().equals(event.type()) && type.dataClass() == DossierStatusChanged.class);
        if (!transition) {
            return Optional.empty();
        }
        DossierStatusChanged data = event.data(DossierStatusChanged.class);
        return Optional.of(new StatusChange(
                event.id(),
                event.type(),
                data.dossierCode(),
                data.procedureCode(),
                data.agencyCode(),
                "ONLINE".equals(data.channel()),
                data.status(),
                data.statusCode(),
                data.dueDate(),
                data.occurredAt(),
                data.aggregateVersion()));
    }
}
