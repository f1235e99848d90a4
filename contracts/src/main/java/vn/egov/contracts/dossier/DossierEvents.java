package vn.egov.contracts.dossier;

import java.util.List;
import vn.egov.contracts.EventType;
import vn.egov.contracts.Topics;

/** The dossier event types. Every transition of a dossier publishes one of these. */
public final class DossierEvents {

    public static final EventType SUBMITTED = new EventType(
            "vn.egov.dossier.submitted",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/submitted/v1.json",
            DossierSubmitted.class);

    public static final EventType ACCEPTED = new EventType(
            "vn.egov.dossier.accepted",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/accepted/v1.json",
            DossierStatusChanged.class);

    public static final EventType NOT_ACCEPTED = new EventType(
            "vn.egov.dossier.not-accepted",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/not-accepted/v1.json",
            DossierStatusChanged.class);

    public static final EventType SUPPLEMENT_REQUESTED = new EventType(
            "vn.egov.dossier.supplement-requested",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/supplement-requested/v1.json",
            DossierStatusChanged.class);

    public static final EventType SUPPLEMENTED = new EventType(
            "vn.egov.dossier.supplemented",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/supplemented/v1.json",
            DossierStatusChanged.class);

    public static final EventType PROCESSING_STARTED = new EventType(
            "vn.egov.dossier.processing-started",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/processing-started/v1.json",
            DossierStatusChanged.class);

    public static final EventType PAYMENT_REQUESTED = new EventType(
            "vn.egov.dossier.payment-requested",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/payment-requested/v1.json",
            DossierStatusChanged.class);

    public static final EventType PROCESSED = new EventType(
            "vn.egov.dossier.processed",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/processed/v1.json",
            DossierStatusChanged.class);

    public static final EventType RESULT_RETURNED = new EventType(
            "vn.egov.dossier.result-returned",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/result-returned/v1.json",
            DossierStatusChanged.class);

    public static final EventType WITHDRAWN = new EventType(
            "vn.egov.dossier.withdrawn",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/withdrawn/v1.json",
            DossierStatusChanged.class);

    public static final EventType STOPPED = new EventType(
            "vn.egov.dossier.stopped",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/stopped/v1.json",
            DossierStatusChanged.class);

    /** The fee was paid (payment-service's {@code vn.egov.payment.succeeded}); processing goes on. */
    public static final EventType PAYMENT_RECEIVED = new EventType(
            "vn.egov.dossier.payment-received",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/payment-received/v1.json",
            DossierStatusChanged.class);

    /** The legal due date passed without a result; published once per dossier. */
    public static final EventType OVERDUE = new EventType(
            "vn.egov.dossier.overdue", Topics.DOSSIER_EVENTS, "schemas/dossier/overdue/v1.json", DossierOverdue.class);

    /** The agency apologised for a late dossier and set a new appointment (form 04). */
    public static final EventType APOLOGY_ISSUED = new EventType(
            "vn.egov.dossier.apology-issued",
            Topics.DOSSIER_EVENTS,
            "schemas/dossier/apology-issued/v1.json",
            DossierApologyIssued.class);

    public static final List<EventType> ALL = List.of(
            SUBMITTED,
            ACCEPTED,
            NOT_ACCEPTED,
            SUPPLEMENT_REQUESTED,
            SUPPLEMENTED,
            PROCESSING_STARTED,
            PAYMENT_REQUESTED,
            PROCESSED,
            RESULT_RETURNED,
            WITHDRAWN,
            STOPPED,
            PAYMENT_RECEIVED,
            OVERDUE,
            APOLOGY_ISSUED);

    private DossierEvents() {}
}
