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

    public static final List<EventType> ALL = List.of(SUBMITTED);

    private DossierEvents() {}
}
