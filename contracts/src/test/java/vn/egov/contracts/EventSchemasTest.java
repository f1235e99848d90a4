package vn.egov.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    static Stream<EventType> eventTypes() {
        return EventTypes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyExampleOfTheSchemaIsValidAndReadsIntoTheRecord(EventType eventType) throws IOException {
        JsonNode schemaNode = schemaOf(eventType);
        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);

        assertThat(schemaNode.get("examples"))
                .as("examples of %s", eventType.type())
                .isNotEmpty();
        for (JsonNode example : schemaNode.get("examples")) {
            Set<ValidationMessage> errors = schema.validate(example);
            assertThat(errors).as("example of %s", eventType.type()).isEmpty();
            Object data = JSON.treeToValue(example, eventType.dataClass());
            assertThat(JSON.readTree(JSON.writeValueAsString(data))).isEqualTo(example);
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void recordAndSchemaNameTheSameFieldsAllRequired(EventType eventType) throws IOException {
        JsonNode schemaNode = schemaOf(eventType);
        Set<String> properties = new HashSet<>();
        schemaNode.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> required = StreamSupport.stream(schemaNode.get("required").spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.toSet());
        Set<String> components = Arrays.stream(eventType.dataClass().getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());

        assertThat(properties).isEqualTo(components);
        assertThat(required).isSubsetOf(properties);
        assertThat(schemaNode.get("$id").asText())
                .isEqualTo(eventType.dataSchema().toString());
        assertThat(schemaNode.get("title").asText()).isEqualTo(eventType.type());
    }

    private JsonNode schemaOf(EventType eventType) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(eventType.schemaPath())) {
            assertThat(in).as("schema file %s", eventType.schemaPath()).isNotNull();
            return JSON.readTree(in);
        }
    }
}
