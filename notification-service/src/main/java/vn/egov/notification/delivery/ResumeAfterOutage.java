package vn.egov.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * When a provider's circuit closes again (its trial sends succeeded), tries the deliveries that waited for it right
 * away: a 20-second SMS outage must not leave citizens waiting for the minutes of their back-off. The work runs on a
 * thread of its own, off the sender whose success closed the circuit.
 */
@Component
public class ResumeAfterOutage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ResumeAfterOutage.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-resume");
        thread.setDaemon(true);
        return thread;
    });

    ResumeAfterOutage(Providers providers, RetryDeliveries retryDeliveries) {
        for (Channel channel : Channel.values()) {
            CircuitBreaker circuit = providers.circuitBreaker(channel);
            if (circuit == null) {
                continue;
            }
            circuit.getEventPublisher().onStateTransition(event -> {
                if (event.getStateTransition().getToState() == CircuitBreaker.State.CLOSED) {
                    worker.execute(() -> {
                        try {
                            retryDeliveries.resume(channel);
                        } catch (RuntimeException e) {
                            // The deliveries keep their back-off; the retry scheduler still takes them then.
                            log.error("Could not resume the {} deliveries after the provider's outage", channel, e);
                        }
                    });
                }
            });
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
