package vn.egov.notification.nationalportal;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Records that an event whose push kept failing went to the dead-letter topic; a refused push stays REFUSED. */
@Component
public class RecordDeadLetter {

    private final PortalPushes pushes;
    private final SyncMetrics metrics;
    private final Clock clock;

    RecordDeadLetter(PortalPushes pushes, SyncMetrics metrics, Clock clock) {
        this.pushes = pushes;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param error why the last attempt failed; null keeps the error recorded by that attempt */
    public void record(String eventId, String error) {
        pushes.deadLettered(eventId, error, clock.instant());
        metrics.count("dead-lettered");
    }
}
