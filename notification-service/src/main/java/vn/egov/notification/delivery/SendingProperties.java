package vn.egov.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pool that makes first attempts at deliveries ({@link DispatchDeliveries}).
 *
 * @param threads senders working at once: each mostly waits on a provider (an SMS gateway's HTTP answer, a mail
 *     server's replies), so there are more of them than cores
 * @param queueCapacity deliveries waiting for a sender; beyond it the event consumer sends them itself
 * @param shutdownWait how long a stopping service lets the attempts under way finish
 */
@ConfigurationProperties("egov.notification.sending")
public record SendingProperties(
        @DefaultValue("8") int threads,
        @DefaultValue("1000") int queueCapacity,
        @DefaultValue("10s") Duration shutdownWait) {

    public SendingProperties {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("egov.notification.sending needs at least one thread and a queue");
        }
    }
}
