package vn.egov.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * When a provider's circuit closes again (its trial sends succeeded), tries the deliveries that waited for it right
 * away: a 20-second SMS outage must not leave citizens waiting for the minutes of their back-off. When the circuit
 * half-opens, a trial's worth of them is tried, so that a trial happens even when no new message comes. The work runs
 * on a thread of its own, off the sender whose call changed the circuit.
 */
@Component
public class ResumeAfterOutage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ResumeAfterOutage.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-resume");
        thread.setDaemon(true);
        return thread;
    });

    ResumeAfterOutage(Providers providers, RetryDeliveries retryDeliveries, CircuitBreakerProperties properties) {
        for (Channel channel : Channel.values()) {
            CircuitBreaker circuit = providers.circuitBreaker(channel);
            if (circuit == null) {
                continue;
            }
            circuit.getEventPublisher().onStateTransition(event -> {
                CircuitBreaker.State to = event.getStateTransition().getToState();
                if (to == CircuitBreaker.State.CLOSED) {
                    resume(channel, Integer.MAX_VALUE, retryDeliveries);
                } else if (to == CircuitBreaker.State.HALF_OPEN) {
                    resume(channel, properties.halfOpenCalls(), retryDeliveries);
                }
            });
        }
    }

    private void resume(Channel channel, int limit, RetryDeliveries retryDeliveries) {
        try {
            worker.execute(() -> {
                try {
                    retryDeliveries.resume(channel, limit);
                } catch (RuntimeException e) {
                    // The deliveries keep their back-off; the retry scheduler still takes them then.
                    log.error("Could not resume the {} deliveries after the provider's outage", channel, e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The service is stopping; the retry scheduler takes the deliveries after their wait.
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
