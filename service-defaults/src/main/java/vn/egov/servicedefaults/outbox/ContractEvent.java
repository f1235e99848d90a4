package vn.egov.servicedefaults.outbox;

import java.util.Objects;
import vn.egov.contracts.EventType;

/**
 * A contract event a use case publishes: its type, the record key (dossier code, procedure code), the CloudEvents
 * subject, the data (the record of {@link EventType#dataClass()}) and the aggregate's version after the change.
 */
public record ContractEvent(EventType type, String key, String subject, Object data, long aggregateVersion) {

    public ContractEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(
                    type.type() + " carries " + type.dataClass().getSimpleName() + ", not " + data.getClass());
        }
    }

    /** The usual case: key and subject are the same code. */
    public static ContractEvent of(EventType type, String code, Object data, long aggregateVersion) {
        return new ContractEvent(type, code, code, data, aggregateVersion);
    }
}
