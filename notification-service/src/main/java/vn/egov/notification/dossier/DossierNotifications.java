package vn.egov.notification.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.notification.delivery.Channel;

/**
 * The table of dossier events the applicant hears about. Another event (accepted, supplement requested, result ready,
 * overdue apology) is one more row here, its template folder under {@code templates/notification/}, and its ZNS
 * template id in {@code egov.notification.zalo.templates}; events without a row are acknowledged and skipped.
 */
public final class DossierNotifications {

    private static final Set<Channel> ALL_CHANNELS = Set.of(Channel.SMS, Channel.ZALO, Channel.EMAIL);

    /** ZNS templates of dossiers all take these parameters (the sandbox's and the registered ones alike). */
    private static final Map<String, String> DOSSIER_ZNS_PARAMETERS = Map.of(
            "dossier_code", "dossierCode",
            "procedure_name", "procedureName",
            "due_date", "dueDateText");

    static final List<DossierNotification> ALL = List.of(new DossierNotification(
            DossierEvents.SUBMITTED.type(),
            "dossier-submitted",
            DossierSubmitted.class,
            ALL_CHANNELS,
            DOSSIER_ZNS_PARAMETERS));

    private static final Map<String, DossierNotification> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(DossierNotification::eventType, Function.identity()));

    private DossierNotifications() {}

    /** The notification of an event type; empty when applicants are not told about it. */
    public static Optional<DossierNotification> forEventType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
