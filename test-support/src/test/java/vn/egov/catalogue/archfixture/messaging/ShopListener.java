package vn.egov.catalogue.archfixture.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A messaging adapter: the one place where Kafka is allowed. */
public class ShopListener {

    public int size(ConsumerRecord<String, byte[]> record) {
        return record.serializedValueSize();
    }
}
