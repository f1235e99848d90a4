package vn.egov.notification.dossier;

import tools.jackson.databind.node.ObjectNode;
import vn.egov.contracts.dossier.DossierEvents;

/** The first example of the {@code vn.egov.dossier.submitted} schema in contracts, as tests start from it. */
public final class DossierSubmittedExample {

    private DossierSubmittedExample() {}

    /** A copy of the example, to adjust (e.g. another dossier code). */
    public static ObjectNode data() {
        return SchemaExamples.of(DossierEvents.SUBMITTED).get(0);
    }

    /** The example with another dossier code. */
    public static ObjectNode forDossier(String dossierCode) {
        return SchemaExamples.forDossier(DossierEvents.SUBMITTED, dossierCode);
    }
}
