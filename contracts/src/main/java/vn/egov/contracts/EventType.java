package vn.egov.contracts;

import java.net.URI;
import java.util.Objects;

/**
 * One published event type: its CloudEvents {@code type}, the topic it travels on, the JSON Schema of its data and
 * the Java record that matches the schema.
 *
 * @param type reverse-DNS CloudEvents type, an explicit constant (never derived from a class name)
 * @param topic Kafka topic
 * @param schemaPath classpath location of the JSON Schema, {@code schemas/<aggregate>/<event>/v<n>.json}
 * @param dataClass the record the data deserialises into
 */
public record EventType(String type, String topic, String schemaPath, Class<?> dataClass) {

    /** Base of the {@code dataschema} attribute; the schema files are published under it. */
    public static final String SCHEMA_BASE = "https://egov.vn/";

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(schemaPath, "schemaPath");
        Objects.requireNonNull(dataClass, "dataClass");
        if (!type.startsWith("vn.egov.")) {
            throw new IllegalArgumentException("event types are reverse-DNS under vn.egov.: " + type);
        }
    }

    /** The {@code dataschema} CloudEvents attribute. */
    public URI dataSchema() {
        return URI.create(SCHEMA_BASE + schemaPath);
    }
}
