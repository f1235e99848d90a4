package vn.egov.notification.nationalportal.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.egov.contracts.Topics;
import vn.egov.notification.nationalportal.NationalPortalProperties;
import vn.egov.notification.nationalportal.PortalRefused;
import vn.egov.notification.nationalportal.PortalUnavailable;
import vn.egov.notification.nationalportal.RecordDeadLetter;

/**
 * The consumer of the portal sync: its own container factory, whose error handler retries a failed push in the
 * consumer with exponential back-off ({@code egov.notification.national-portal.retry.*}) and then publishes the record
 * to {@value Topics#NATIONAL_PORTAL_DEAD_LETTERS} with the reason in its headers. A push the portal refused for good
 * ({@link PortalRefused}) goes there at once. Every other listener of the service keeps the service defaults' handler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "egov.notification.national-portal.enabled", havingValue = "true", matchIfMissing = true)
class NationalPortalMessaging {

    /** The consumer group, granted read on the dossier topic by the broker's ACLs. */
    static final String GROUP = "notification-service.national-portal";

    static final String CONTAINER_FACTORY = "nationalPortalListenerContainerFactory";

    /** {@code refused} (the portal's validation) or {@code unavailable} (retries used up). */
    static final String OUTCOME_HEADER = "egov-national-portal-outcome";

    /** The portal's message, or why it could not be reached. */
    static final String ERROR_HEADER = "egov-national-portal-error";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> nationalPortalListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ObjectProvider<ConsumerFactory<Object, Object>> consumerFactory,
            KafkaTemplate<String, byte[]> outboxKafkaTemplate,
            NationalPortalProperties properties,
            RecordDeadLetter recordDeadLetter) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory.getObject());
        factory.setCommonErrorHandler(errorHandler(outboxKafkaTemplate, properties.retry(), recordDeadLetter));
        return factory;
    }

    static DefaultErrorHandler errorHandler(
            KafkaTemplate<String, byte[]> template,
            NationalPortalProperties.Retry retry,
            RecordDeadLetter recordDeadLetter) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                template, (record, e) -> new TopicPartition(Topics.NATIONAL_PORTAL_DEAD_LETTERS, -1));
        deadLetters.setHeadersFunction((record, e) -> {
            Throwable cause = rootPortalCause(e);
            RecordHeaders headers = new RecordHeaders();
            headers.add(OUTCOME_HEADER, bytes(cause instanceof PortalRefused ? "refused" : "unavailable"));
            headers.add(ERROR_HEADER, bytes(String.valueOf(cause.getMessage())));
            return headers;
        });
        ExponentialBackOff backOff =
                new ExponentialBackOff(retry.initialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxBackoff().toMillis());
        backOff.setMaxElapsedTime(retry.maxElapsed().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, e) -> {
                    deadLetters.accept(record, e);
                    String eventId = eventId(record);
                    if (eventId != null) {
                        recordDeadLetter.record(eventId, null);
                    }
                },
                backOff);
        handler.addNotRetryableExceptions(PortalRefused.class);
        return handler;
    }

    /** The portal's failure in the listener's exception chain; else the innermost cause. */
    private static Throwable rootPortalCause(Throwable e) {
        Throwable cause = e;
        while (true) {
            if (cause instanceof PortalRefused || cause instanceof PortalUnavailable) {
                return cause;
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                return cause;
            }
            cause = cause.getCause();
        }
    }

    private static String eventId(ConsumerRecord<?, ?> record) {
        Header id = record.headers().lastHeader("ce_id");
        return id == null ? null : new String(id.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
