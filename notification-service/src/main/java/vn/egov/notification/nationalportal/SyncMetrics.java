package vn.egov.notification.nationalportal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code egov.notification.national-portal.pushes{outcome=acknowledged|duplicate|stale|refused|failed|dead-lettered}}:
 * what became of each attempt to push a status (failed: the portal was unavailable and the consumer tries again).
 */
@Component
class SyncMetrics {

    static final String NAME = "egov.notification.national-portal.pushes";

    private final MeterRegistry registry;

    SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String outcome) {
        registry.counter(NAME, "outcome", outcome).increment();
    }
}
