package vn.egov.servicedefaults.inbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.servicedefaults.correlation.CorrelationId;

/** A CloudEvent read from a Kafka record in binary mode, with its data read into a contract record on demand. */
public final class IncomingEvent {

    private final CloudEvent event;
    private final JsonMapper json;

    private IncomingEvent(CloudEvent event, JsonMapper json) {
        this.event = event;
        this.json = json;
    }

    /**
     * Reads the record.
     *
     * @throws io.cloudevents.rw.CloudEventRWException when the record is not a CloudEvent
     */
    public static IncomingEvent read(ConsumerRecord<String, byte[]> record, JsonMapper json) {
        return new IncomingEvent(KafkaMessageFactory.createReader(record).toEvent(), json);
    }

    public String id() {
        return event.getId();
    }

    public String type() {
        return event.getType();
    }

    public String subject() {
        return event.getSubject();
    }

    public Optional<String> correlationId() {
        Object value = event.getExtension(CorrelationId.CLOUDEVENT_EXTENSION);
        return Optional.ofNullable(value).map(Object::toString);
    }

    public <T> T data(Class<T> type) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("event " + id() + " has no data");
        }
        return json.readValue(event.getData().toBytes(), type);
    }

    public CloudEvent cloudEvent() {
        return event;
    }
}
