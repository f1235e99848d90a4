package vn.egov.notification.digest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts digests as they are decided: {@code egov.notification.digests{outcome=sent|skipped|failed, reason}} (sent:
 * planned for sending, the delivery log tells the rest; skipped: {@code nothing-due}, {@code no-email}, or
 * {@code day-off} once per day off; failed: {@code unavailable}, a service did not answer and the next check tries
 * again).
 */
@Component
class DigestMetrics {

    static final String NAME = "egov.notification.digests";

    private final MeterRegistry registry;

    DigestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void recorded(OfficerDigests.Outcome outcome) {
        switch (outcome) {
            case SENT -> count("sent", "due-dossiers", 1);
            case NOTHING_DUE -> count("skipped", "nothing-due", 1);
            case NO_EMAIL -> count("skipped", "no-email", 1);
        }
    }

    void dayOff() {
        count("skipped", "day-off", 1);
    }

    void unavailable(int officers) {
        count("failed", "unavailable", officers);
    }

    private void count(String outcome, String reason, int amount) {
        Counter.builder(NAME)
                .description("Officers' morning digests by outcome")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry)
                .increment(amount);
    }
}
