package vn.egov.dossier;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.EventType;
import vn.egov.testsupport.TestInfrastructure;

/** Publishes CloudEvents in Kafka binary mode, as another service's outbox relay would. */
public final class EventPublisher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventPublisher() {}

    public static CloudEvent event(String id, EventType type, String subject, Object data) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/egov/test"))
                .withType(type.type())
                .withSubject(subject)
                .withTime(OffsetDateTime.now())
                .withDataSchema(type.dataSchema())
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(data))
                .build();
    }

    /** @return where the record landed */
    public static RecordMetadata publish(String topic, CloudEvent event) {
        try (KafkaProducer<String, byte[]> producer =
                TestInfrastructure.shared().kafkaProducer()) {
            return producer.send(KafkaMessageFactory.createWriter(topic, event.getSubject())
                            .writeBinary(event))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.getType(), e);
        }
    }

    /** True once {@code group} committed past the record: the listener handled it. */
    public static boolean consumed(String group, RecordMetadata record) {
        try (Admin admin = Admin.create(TestInfrastructure.shared().kafkaSuperUserProperties())) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .get(new TopicPartition(record.topic(), record.partition()));
            return committed != null && committed.offset() > record.offset();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of " + group, e);
        }
    }
}
