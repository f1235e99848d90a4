package vn.egov.servicedefaults;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.egov.servicedefaults.limits.JsonLimits;

/**
 * Defaults every service shares, at the lowest precedence so that a service's own {@code application.yml} or the
 * environment overrides any of them.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "egovServiceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        // Errors
        // ProblemHandlers (a ResponseEntityExceptionHandler) answers everything; Boot's own would shadow it.
        defaults.put("spring.mvc.problemdetails.enabled", "false");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        // Inputs: the gateway refuses request lines and headers over 8 KB (431/414); a service takes a little more, for
        // what the gateway adds (forwarding and trace headers), and Tomcat answers 431 problem+json beyond it.
        defaults.put("server.max-http-request-header-size", "16KB");
        // Persistence
        defaults.put("spring.jpa.open-in-view", "false");
        defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
        defaults.put("spring.flyway.locations", "classpath:db/defaults,classpath:db/migration");
        defaults.put("spring.datasource.hikari.maximum-pool-size", "20");
        // Kafka: idempotent producer, no auto-commit surprises, fail fast when the broker is away
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "15000");
        defaults.put("spring.kafka.producer.properties.linger.ms", "5");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put(
                "spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put(
                "spring.kafka.consumer.value-deserializer",
                "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        defaults.put("spring.kafka.bootstrap-servers", "${EGOV_KAFKA_BOOTSTRAP_SERVERS:localhost:9092}");
        // Kafka authentication: SASL/SCRAM as the service's own user, whose ACLs allow its topic and what it consumes
        // (embedded-infrastructure's KafkaAccess, deploy/k8s KafkaUsers). The password's default is the local stack's;
        // production sets EGOV_KAFKA_PASSWORD, or the whole JAAS line (SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG, from
        // Strimzi's secret), and SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL=SASL_SSL over TLS.
        defaults.put("egov.kafka.username", "${EGOV_KAFKA_USERNAME:${spring.application.name}}");
        defaults.put("egov.kafka.password", "${EGOV_KAFKA_PASSWORD:${egov.kafka.username}-kafka-secret}");
        defaults.put("spring.kafka.properties.security.protocol", "SASL_PLAINTEXT");
        defaults.put("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512");
        defaults.put(
                "spring.kafka.properties.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"${egov.kafka.username}\" password=\"${egov.kafka.password}\";");
        // Identity
        // Environment variables with underscores do not bind to dashed names, so the documented ones are read here.
        defaults.put("egov.identity.issuer-uri", "${EGOV_IDENTITY_ISSUER_URI:http://localhost:9000}");
        defaults.put(
                "egov.identity.jwk-set-uri", "${EGOV_IDENTITY_JWK_SET_URI:${egov.identity.issuer-uri}/oauth2/jwks}");
        defaults.put("egov.identity.token-uri", "${EGOV_IDENTITY_TOKEN_URI:${egov.identity.issuer-uri}/oauth2/token}");
        // Service-to-service calls carry the service's own client-credentials token
        defaults.put("spring.security.oauth2.client.registration.egov-service.client-id", "${spring.application.name}");
        defaults.put(
                "spring.security.oauth2.client.registration.egov-service.client-secret",
                "${EGOV_SERVICE_CLIENT_SECRET:${spring.application.name}-secret}");
        defaults.put(
                "spring.security.oauth2.client.registration.egov-service.authorization-grant-type",
                "client_credentials");
        defaults.put("spring.security.oauth2.client.provider.egov-service.token-uri", "${egov.identity.token-uri}");
        defaults.put("spring.cloud.openfeign.oauth2.enabled", "true");
        defaults.put("spring.cloud.openfeign.oauth2.clientRegistrationId", "egov-service");
        defaults.put("spring.cloud.openfeign.client.config.default.connect-timeout", "1000");
        defaults.put("spring.cloud.openfeign.client.config.default.read-timeout", "3000");
        defaults.put("egov.outbox.source", "/egov/${spring.application.name:service}");
        // OpenAPI document (when the service has springdoc): the public API only, OpenAPI 3.1, keys in a stable order
        // so
        // that the committed copy under docs/api/ changes only when the API does
        defaults.put("springdoc.api-docs.version", "openapi_3_1");
        defaults.put("springdoc.paths-to-match", "/api/**");
        defaults.put("springdoc.writer-with-order-by-keys", "true");
        defaults.put("springdoc.writer-with-default-pretty-printer", "true");
        defaults.put("springdoc.override-with-generic-response", "false");
        defaults.put("springdoc.default-produces-media-type", "application/json");
        // Observability
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "always");
        defaults.put("management.metrics.tags.application", "${spring.application.name}");
        defaults.put(
                "logging.pattern.correlation",
                "[${spring.application.name:},%X{traceId:-},%X{spanId:-},%X{correlationId:-}] ");
        // Traces: W3C trace context through HTTP, Feign and Kafka (the outbox carries it across the relay) for every
        // request, so trace ids are in every log line and event. One request in ten is sampled (recorded for an
        // exporter such as Zipkin or OTLP, none by default), Spring Boot's default: recording every span cost the
        // gateway and the services a tenth of their CPU under load. A caller's sampled traceparent is always followed.
        defaults.put("management.tracing.sampling.probability", "0.1");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.threads.virtual.enabled", "true");
        defaults.put("server.shutdown", "graceful");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
        JsonLimits.apply(environment);
    }
}
