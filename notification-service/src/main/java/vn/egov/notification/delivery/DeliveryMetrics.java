package vn.egov.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Counts deliveries as they reach each state: {@code egov.notification.deliveries{channel, status}} (pending = planned,
 * sent, failed = failed attempts, given-up = no attempt left).
 */
@Component
public class DeliveryMetrics {

    static final String NAME = "egov.notification.deliveries";

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void planned(Channel channel) {
        count(channel, "pending");
    }

    void sent(Channel channel) {
        count(channel, "sent");
    }

    void failed(Channel channel, boolean givenUp) {
        count(channel, "failed");
        if (givenUp) {
            count(channel, "given-up");
        }
    }

    private void count(Channel channel, String status) {
        Counter.builder(NAME)
                .description("Notification deliveries by channel and status")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .tag("status", status)
                .register(registry)
                .increment();
    }
}
