package vn.egov.contracts.catalogue;

import java.util.List;
import vn.egov.contracts.EventType;
import vn.egov.contracts.Topics;

/**
 * The catalogue event types. Services that cache procedure versions (dossier-service, payment-service, the chatbot)
 * invalidate their copy of a procedure on any of them.
 */
public final class CatalogueEvents {

    public static final EventType PROCEDURE_PUBLISHED = new EventType(
            "vn.egov.catalogue.procedure-published",
            Topics.CATALOGUE_EVENTS,
            "schemas/catalogue/procedure-published/v1.json",
            ProcedurePublished.class);

    public static final EventType PROCEDURE_RETIRED = new EventType(
            "vn.egov.catalogue.procedure-retired",
            Topics.CATALOGUE_EVENTS,
            "schemas/catalogue/procedure-retired/v1.json",
            ProcedureRetired.class);

    public static final EventType PROCEDURE_LEVEL_CHANGED = new EventType(
            "vn.egov.catalogue.procedure-level-changed",
            Topics.CATALOGUE_EVENTS,
            "schemas/catalogue/procedure-level-changed/v1.json",
            ProcedureLevelChanged.class);

    public static final List<EventType> ALL = List.of(PROCEDURE_PUBLISHED, PROCEDURE_RETIRED, PROCEDURE_LEVEL_CHANGED);

    private CatalogueEvents() {}
}
