package vn.egov.notification.nationalportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.contracts.EventType;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierStatusChanged;
import vn.egov.notification.dossier.SchemaExamples;
import vn.egov.notification.nationalportal.StatusChange;
import vn.egov.servicedefaults.inbox.IncomingEvent;

/** Every dossier event type's schema example, read as the portal sync's listener reads it. */
class NationalPortalListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<EventType> dossierEventTypes() {
        return DossierEvents.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("dossierEventTypes")
    void readsTheStatusOfEveryEventThatChangesOneAndPassesOverTheOthers(EventType type) {
        ObjectNode data = SchemaExamples.of(type).get(0);

        Optional<StatusChange> change = NationalPortalListener.statusChange(incoming(type, data));

        boolean changesStatus = type == DossierEvents.SUBMITTED || type.dataClass() == DossierStatusChanged.class;
        assertThat(change.isPresent()).as(type.type()).isEqualTo(changesStatus);
        change.ifPresent(read -> {
            assertThat(read.dossierCode()).isEqualTo(data.get("dossierCode").asString());
            assertThat(read.procedureCode()).isEqualTo(data.get("procedureCode").asString());
            assertThat(read.agencyCode()).isEqualTo(data.get("agencyCode").asString());
            assertThat(read.status()).isEqualTo(data.get("status").asString());
            assertThat(read.statusCode())
                    .isEqualTo(data.get("statusCode").asInt())
                    .isBetween(1, 10);
            assertThat(read.version()).isEqualTo(data.get("aggregateVersion").asLong());
            assertThat(read.eventId()).isEqualTo("event-1");
        });
    }

    private static IncomingEvent incoming(EventType type, ObjectNode data) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId("event-1")
                .withSource(URI.create("/egov/dossier-service"))
                .withType(type.type())
                .withSubject(data.get("dossierCode").asString())
                .withTime(OffsetDateTime.parse("2026-11-24T08:30:00+07:00"))
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(data))
                .build();
        ProducerRecord<String, byte[]> produced = KafkaMessageFactory.createWriter(
                        "egov.dossier.events", event.getSubject())
                .writeBinary(event);
        ConsumerRecord<String, byte[]> consumed =
                new ConsumerRecord<>(produced.topic(), 0, 0L, produced.key(), produced.value());
        produced.headers().forEach(header -> consumed.headers().add(header));
        return IncomingEvent.read(consumed, JSON);
    }
}
