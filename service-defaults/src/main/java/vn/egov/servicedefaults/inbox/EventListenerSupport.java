package vn.egov.servicedefaults.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RecordInterceptor;
import tools.jackson.databind.json.JsonMapper;

/** Reads the CloudEvent of a consumed record with the service's JSON mapper. */
public class EventListenerSupport {

    private final JsonMapper json;

    public EventListenerSupport(JsonMapper json) {
        this.json = json;
    }

    public IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        return IncomingEvent.read(record, json);
    }

    /** Puts each record's correlation id into the logging context while it is handled. */
    public static RecordInterceptor<Object, Object> correlationInterceptor() {
        return new CorrelationIdRecordInterceptor();
    }
}
