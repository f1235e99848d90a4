package vn.egov.dossier.dossier.messaging;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.egov.contracts.EventType;
import vn.egov.contracts.dossier.DossierApologyIssued;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierOverdue;
import vn.egov.contracts.dossier.DossierStatusChanged;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.dossier.dossier.Apology;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierAction;
import vn.egov.dossier.dossier.DossierPublications;
import vn.egov.dossier.dossier.HistoryEntry;
import vn.egov.servicedefaults.outbox.ContractEvent;
import vn.egov.servicedefaults.outbox.Outbox;

/** Maps dossier changes to the thin contract events (codes, statuses, amounts; no personal data) of the outbox. */
@Component
class OutboxDossierPublications implements DossierPublications {

    private final Outbox outbox;
    private final Clock clock;

    OutboxDossierPublications(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void submitted(Dossier dossier) {
        String code = dossier.code().value();
        DossierSubmitted data = new DossierSubmitted(
                code,
                dossier.procedure().code(),
                dossier.procedure().version(),
                dossier.procedure().agencyCode(),
                dossier.procedure().agencyLevel(),
                dossier.procedure().serviceLevel(),
                dossier.channel().name(),
                dossier.status().name(),
                dossier.status().code(),
                dossier.procedure().feeTotal(),
                dossier.submittedAt().atZone(clock.getZone()).toOffsetDateTime(),
                dossier.version());
        outbox.add(ContractEvent.of(DossierEvents.SUBMITTED, code, data, dossier.version()));
    }

    @Override
    public void transitioned(Dossier dossier, DossierAction action) {
        statusChanged(dossier, typeOf(action));
    }

    @Override
    public void paymentReceived(Dossier dossier) {
        statusChanged(dossier, DossierEvents.PAYMENT_RECEIVED);
    }

    @Override
    public void overdue(Dossier dossier) {
        String code = dossier.code().value();
        DossierOverdue data = new DossierOverdue(
                code,
                dossier.procedure().code(),
                dossier.procedure().agencyCode(),
                dossier.procedure().agencyLevel(),
                dossier.status().name(),
                dossier.status().code(),
                dossier.dueDate(),
                dossier.overdueAt().atZone(clock.getZone()).toOffsetDateTime(),
                dossier.version());
        outbox.add(ContractEvent.of(DossierEvents.OVERDUE, code, data, dossier.version()));
    }

    @Override
    public void apologyIssued(Dossier dossier, Apology apology) {
        String code = dossier.code().value();
        DossierApologyIssued data = new DossierApologyIssued(
                code,
                dossier.procedure().code(),
                dossier.procedure().agencyCode(),
                dossier.procedure().agencyLevel(),
                apology.dueDate(),
                apology.newDueDate(),
                apology.reason(),
                apology.issuedAt().atZone(clock.getZone()).toOffsetDateTime(),
                dossier.version());
        outbox.add(ContractEvent.of(DossierEvents.APOLOGY_ISSUED, code, data, dossier.version()));
    }

    private void statusChanged(Dossier dossier, EventType type) {
        String code = dossier.code().value();
        HistoryEntry transition = dossier.lastTransition();
        DossierStatusChanged data = new DossierStatusChanged(
                code,
                dossier.procedure().code(),
                dossier.procedure().agencyCode(),
                dossier.procedure().agencyLevel(),
                dossier.channel().name(),
                dossier.status().name(),
                dossier.status().code(),
                transition.from().name(),
                transition.reason(),
                dossier.dueDate(),
                transition.at().atZone(clock.getZone()).toOffsetDateTime(),
                dossier.version());
        outbox.add(ContractEvent.of(type, code, data, dossier.version()));
    }

    /** Explicit constants per action: "supplemented" lands in different statuses, so the status cannot name it. */
    static EventType typeOf(DossierAction action) {
        return switch (action) {
            case ACCEPT -> DossierEvents.ACCEPTED;
            case REFUSE -> DossierEvents.NOT_ACCEPTED;
            case REQUEST_SUPPLEMENT -> DossierEvents.SUPPLEMENT_REQUESTED;
            case SUPPLEMENT -> DossierEvents.SUPPLEMENTED;
            case START_PROCESSING -> DossierEvents.PROCESSING_STARTED;
            case REQUEST_PAYMENT -> DossierEvents.PAYMENT_REQUESTED;
            case APPROVE -> DossierEvents.PROCESSED;
            case RETURN_RESULT -> DossierEvents.RESULT_RETURNED;
            case WITHDRAW -> DossierEvents.WITHDRAWN;
            case STOP -> DossierEvents.STOPPED;
        };
    }
}
