package vn.egov.notification.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.contracts.EventType;

/** The {@code examples} of an event type's schema in contracts, as tests start from them. */
public final class SchemaExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaExamples() {}

    /** Copies of every example of the type's schema, to adjust. */
    public static List<ObjectNode> of(EventType type) {
        try (InputStream schema = SchemaExamples.class.getClassLoader().getResourceAsStream(type.schemaPath())) {
            if (schema == null) {
                throw new IllegalStateException("schema not on the class path: " + type.schemaPath());
            }
            List<ObjectNode> examples = new ArrayList<>();
            for (JsonNode example : JSON.readTree(schema).get("examples")) {
                examples.add((ObjectNode) example.deepCopy());
            }
            if (examples.isEmpty()) {
                throw new IllegalStateException(type.schemaPath() + " has no examples");
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first example with another dossier code. */
    public static ObjectNode forDossier(EventType type, String dossierCode) {
        ObjectNode data = of(type).get(0);
        data.put("dossierCode", dossierCode);
        return data;
    }
}
