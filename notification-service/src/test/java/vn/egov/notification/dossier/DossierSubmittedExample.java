package vn.egov.notification.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.contracts.dossier.DossierEvents;

/** The first example of the {@code vn.egov.dossier.submitted} schema in contracts, as tests start from it. */
public final class DossierSubmittedExample {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DossierSubmittedExample() {}

    /** A copy of the example, to adjust (e.g. another dossier code). */
    public static ObjectNode data() {
        try (InputStream schema = DossierSubmittedExample.class
                .getClassLoader()
                .getResourceAsStream(DossierEvents.SUBMITTED.schemaPath())) {
            if (schema == null) {
                throw new IllegalStateException(
                        "schema not on the class path: " + DossierEvents.SUBMITTED.schemaPath());
            }
            return (ObjectNode) JSON.readTree(schema).get("examples").get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with another dossier code. */
    public static ObjectNode forDossier(String dossierCode) {
        ObjectNode data = data();
        data.put("dossierCode", dossierCode);
        return data;
    }
}
