package vn.egov.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The AsyncAPI document integrators read, parsed as YAML and checked as a graph: every {@code $ref} leads somewhere
 * (inside the document, or to a schema file this module ships), every channel's messages are components with a
 * payload schema, every operation receives its own channel's messages, and every event type of the contracts has its
 * message, on its topic's channel, with its schema.
 */
class AsyncApiDocumentTest {

    private static final Map<String, Object> DOCUMENT = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<EventType> eventTypes() {
        return EventTypes.all().stream();
    }

    @Test
    void isAnAsyncApi3DocumentWithChannelsOperationsAndMessages() {
        assertThat(String.valueOf(DOCUMENT.get("asyncapi"))).startsWith("3.");
        assertThat(map(DOCUMENT, "channels")).isNotEmpty();
        assertThat(map(DOCUMENT, "operations")).isNotEmpty();
        assertThat(map(map(DOCUMENT, "components"), "messages")).isNotEmpty();
    }

    @Test
    void everyReferenceResolves() throws IOException {
        List<String> references = new ArrayList<>();
        collectReferences(DOCUMENT, references);

        assertThat(references).hasSizeGreaterThan(EventTypes.all().size());
        for (String reference : references) {
            if (reference.startsWith("#/")) {
                assertThat(resolve(reference)).as(reference).isNotNull();
            } else {
                try (InputStream schema = getClass().getClassLoader().getResourceAsStream(reference)) {
                    assertThat(schema).as("schema file %s", reference).isNotNull();
                    assertThat(JSON.readTree(schema).get("$schema"))
                            .as(reference)
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void everyChannelCarriesMessagesWithAPayloadSchemaOnAKnownTopic() {
        List<String> topics = List.of(
                Topics.CATALOGUE_EVENTS,
                Topics.DOSSIER_EVENTS,
                Topics.PAYMENT_EVENTS,
                Topics.NATIONAL_PORTAL_DEAD_LETTERS);
        map(DOCUMENT, "channels").forEach((name, value) -> {
            Map<String, Object> channel = asMap(value);
            assertThat(channel.get("address")).as(name).isIn(topics.toArray());
            assertThat(map(channel, "messages")).as(name).isNotEmpty();
            map(channel, "messages").forEach((messageName, ref) -> {
                Map<String, Object> message = asMap(resolve(reference(ref)));
                assertThat(message.get("name")).as(messageName).isNotNull();
                assertThat(reference(map(map(message, "payload"), "schema")))
                        .as(messageName)
                        .endsWith(".json");
            });
        });
    }

    @Test
    void everyOperationReceivesMessagesOfItsOwnChannel() {
        map(DOCUMENT, "operations").forEach((name, value) -> {
            Map<String, Object> operation = asMap(value);
            String channel = reference(operation.get("channel"));
            assertThat(resolve(channel)).as(name).isNotNull();
            for (Object message : (List<?>) operation.get("messages")) {
                assertThat(reference(message)).as(name).startsWith(channel + "/messages/");
            }
        });
    }

    @Test
    void everyMessageIsOnAChannel() {
        List<String> onChannels = new ArrayList<>();
        map(DOCUMENT, "channels").values().forEach(channel -> map(asMap(channel), "messages")
                .values()
                .forEach(ref -> onChannels.add(reference(ref))));

        // distinct: the dead-letter channel carries messages of the dossier channel again
        assertThat(onChannels.stream().distinct().toList())
                .containsExactlyInAnyOrderElementsOf(map(map(DOCUMENT, "components"), "messages").keySet().stream()
                        .map(name -> "#/components/messages/" + name)
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeHasItsMessageOnItsTopicWithItsSchema(EventType eventType) {
        Map<String, Map<String, Object>> messages = new LinkedHashMap<>();
        map(map(DOCUMENT, "components"), "messages").forEach((name, message) -> {
            if (eventType.type().equals(asMap(message).get("name"))) {
                messages.put(name, asMap(message));
            }
        });

        assertThat(messages).as(eventType.type()).hasSize(1);
        String name = messages.keySet().iterator().next();
        Map<String, Object> message = messages.get(name);
        assertThat(reference(map(map(message, "payload"), "schema"))).isEqualTo(eventType.schemaPath());
        List<Map<String, Object>> channels = map(DOCUMENT, "channels").values().stream()
                .map(AsyncApiDocumentTest::asMap)
                .filter(channel -> map(channel, "messages").values().stream()
                        .anyMatch(ref -> reference(ref).equals("#/components/messages/" + name)))
                // A dead-letter channel carries copies of events published on their own topic.
                .filter(channel -> !String.valueOf(channel.get("address")).endsWith(".dlt"))
                .toList();
        assertThat(channels).as(eventType.type()).hasSize(1);
        assertThat(channels.get(0).get("address")).isEqualTo(eventType.topic());
    }

    /** The target of a local reference ({@code #/a/b}, JSON Pointer escapes included), or null when there is none. */
    private static Object resolve(String reference) {
        Object node = DOCUMENT;
        for (String token : reference.substring(2).split("/")) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> object && object.containsKey(key)) {
                node = object.get(key);
            } else if (node instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
                node = list.get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return node;
    }

    private static void collectReferences(Object node, List<String> references) {
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    references.add(String.valueOf(value));
                } else {
                    collectReferences(value, references);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectReferences(item, references));
        }
    }

    private static String reference(Object node) {
        Object ref = asMap(node).get("$ref");
        assertThat(ref).as("a $ref in %s", node).isInstanceOf(String.class);
        return (String) ref;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("member %s", key).containsKey(key);
        return asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> load() {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml").isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
