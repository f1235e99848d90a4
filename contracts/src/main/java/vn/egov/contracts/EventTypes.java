package vn.egov.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.egov.contracts.catalogue.CatalogueEvents;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.payment.PaymentEvents;

/** Every event type the platform publishes, for look-up by the CloudEvents {@code type} attribute. */
public final class EventTypes {

    private static final List<EventType> ALL = Stream.of(DossierEvents.ALL, CatalogueEvents.ALL, PaymentEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private static final Map<String, EventType> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventTypes() {}

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
