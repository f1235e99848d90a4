package vn.egov.notification.dossier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.contracts.dossier.DossierApologyIssued;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierStatusChanged;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.notification.delivery.Channel;

/**
 * The table of dossier events the applicant hears about. Another event is one more row here, its template folder under
 * {@code templates/notification/}, and its ZNS template id in {@code egov.notification.zalo.templates}; events without a
 * row are acknowledged and skipped, and {@link #SKIPPED} says why for every dossier event that has none.
 */
public final class DossierNotifications {

    private static final Set<Channel> ALL_CHANNELS = Set.of(Channel.SMS, Channel.ZALO, Channel.EMAIL);

    /** ZNS templates of dossiers all take these parameters (the sandbox's and the registered ones alike). */
    private static final Map<String, String> DOSSIER_ZNS_PARAMETERS = Map.of(
            "dossier_code", "dossierCode",
            "procedure_name", "procedureName",
            "due_date", "dueDateText");

    private static final Map<String, String> REASON_ZNS_PARAMETERS = Map.of(
            "dossier_code", "dossierCode",
            "procedure_name", "procedureName",
            "reason", "reasonText");

    static final List<DossierNotification> ALL = List.of(
            new DossierNotification(
                    DossierEvents.SUBMITTED.type(),
                    "dossier-submitted",
                    DossierSubmitted.class,
                    ALL_CHANNELS,
                    DOSSIER_ZNS_PARAMETERS),
            new DossierNotification(
                    DossierEvents.ACCEPTED.type(),
                    "dossier-accepted",
                    DossierStatusChanged.class,
                    ALL_CHANNELS,
                    DOSSIER_ZNS_PARAMETERS),
            new DossierNotification(
                    DossierEvents.NOT_ACCEPTED.type(),
                    "dossier-not-accepted",
                    DossierStatusChanged.class,
                    ALL_CHANNELS,
                    REASON_ZNS_PARAMETERS),
            new DossierNotification(
                    DossierEvents.SUPPLEMENT_REQUESTED.type(),
                    "dossier-supplement-requested",
                    DossierStatusChanged.class,
                    ALL_CHANNELS,
                    REASON_ZNS_PARAMETERS),
            new DossierNotification(
                    DossierEvents.PAYMENT_REQUESTED.type(),
                    "dossier-payment-requested",
                    DossierStatusChanged.class,
                    ALL_CHANNELS,
                    Map.of(
                            "dossier_code", "dossierCode",
                            "procedure_name", "procedureName",
                            "amount", "amountText")),
            new DossierNotification(
                    DossierEvents.PROCESSED.type(),
                    "dossier-processed",
                    DossierStatusChanged.class,
                    ALL_CHANNELS,
                    Map.of(
                            "dossier_code", "dossierCode",
                            "procedure_name", "procedureName",
                            "status", "statusName")),
            new DossierNotification(
                    DossierEvents.STOPPED.type(),
                    "dossier-stopped",
                    DossierStatusChanged.class,
                    ALL_CHANNELS,
                    REASON_ZNS_PARAMETERS),
            new DossierNotification(
                    DossierEvents.APOLOGY_ISSUED.type(),
                    "dossier-apology-issued",
                    DossierApologyIssued.class,
                    ALL_CHANNELS,
                    Map.of(
                            "dossier_code", "dossierCode",
                            "procedure_name", "procedureName",
                            "due_date", "dueDateText",
                            "new_due_date", "newDueDateText",
                            "reason", "reasonText")));

    /**
     * The dossier events deliberately left without a message, and why. Every type of {@code DossierEvents.ALL} is
     * either in {@link #ALL} or here, so a new contract type cannot slip through unnoticed.
     */
    static final Map<String, String> SKIPPED = Map.of(
            DossierEvents.SUPPLEMENTED.type(),
                    "the applicant supplemented the dossier themselves and saw it confirmed on the portal or at the"
                            + " counter",
            DossierEvents.PROCESSING_STARTED.type(),
                    "an internal step that asks nothing of the applicant; the acceptance already gave the due date",
            DossierEvents.PAYMENT_RECEIVED.type(),
                    "the applicant has just paid; the payment page and its e-receipt confirm it",
            DossierEvents.RESULT_RETURNED.type(),
                    "the applicant has just received the result (counter, post or download)",
            DossierEvents.WITHDRAWN.type(), "the withdrawal is the applicant's own request",
            DossierEvents.OVERDUE.type(),
                    "lateness is the agency's matter; the applicant hears about it through the apology (form 04),"
                            + " vn.egov.dossier.apology-issued, with the new date");

    private DossierNotifications() {}
}
