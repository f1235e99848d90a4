package vn.egov.servicedefaults;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.servicedefaults.correlation.CorrelationIdFeignInterceptor;
import vn.egov.servicedefaults.correlation.CorrelationIdFilter;
import vn.egov.servicedefaults.inbox.ConsumerProperties;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.ProcessedEvents;
import vn.egov.servicedefaults.openapi.ApiDocumentDefaults;
import vn.egov.servicedefaults.openapi.ApiDocumentProperties;
import vn.egov.servicedefaults.openapi.ApiDocumentYaml;
import vn.egov.servicedefaults.outbox.Outbox;
import vn.egov.servicedefaults.outbox.OutboxProperties;
import vn.egov.servicedefaults.outbox.OutboxRelay;
import vn.egov.servicedefaults.problem.ProblemErrorReportValve;
import vn.egov.servicedefaults.problem.ProblemHandlers;
import vn.egov.servicedefaults.security.CachingJwtDecoder;
import vn.egov.servicedefaults.security.CurrentUser;
import vn.egov.servicedefaults.security.CurrentUserArgumentResolver;
import vn.egov.servicedefaults.security.SecurityDefaults;
import vn.egov.servicedefaults.time.CityClock;
import vn.egov.webcore.PlatformClaimMapping;

/** Wires the service defaults into every service that has this module on its class path. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        },
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            // Its ObjectMapperProvider gives way to ApiDocumentYaml.
            "org.springdoc.core.configuration.SpringDocConfiguration"
        })
@EnableConfigurationProperties({OutboxProperties.class, ConsumerProperties.class})
public class ServiceDefaultsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return CityClock.system();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        ProblemHandlers problemHandlers() {
            return new ProblemHandlers();
        }

        @Bean
        FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
            FilterRegistrationBean<CorrelationIdFilter> registration =
                    new FilterRegistrationBean<>(new CorrelationIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        WebMvcConfigurer currentUserResolver() {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new CurrentUserArgumentResolver());
                }
            };
        }

        @Bean
        SecurityDefaults securityDefaults(JsonMapper json) {
            return new SecurityDefaults(json);
        }

        /**
         * No observation per security filter, authentication and authorization. The HTTP server observation still
         * times and traces every request. Wrapping each of the chain's fifteen filters in an observation of its own
         * was measurable: a flight recording of dossier-service under load had about a fifth of the request threads'
         * samples in the security chain (JWT checks included), much of it in the observation wrappers.
         */
        @Bean
        @ConditionalOnMissingBean
        SecurityObservationSettings securityObservationSettings() {
            return SecurityObservationSettings.noObservations();
        }

        @Bean
        @ConditionalOnMissingBean
        JwtDecoder jwtDecoder(
                @Value("${egov.identity.jwk-set-uri}") String jwkSetUri,
                @Value("${egov.identity.issuer-uri}") String issuer,
                @Value("${egov.identity.claims.roles:roles}") String rolesClaim,
                @Value("${egov.identity.claims.agency:agency}") String agencyClaim,
                @Value("${egov.identity.claims.default-roles:}") List<String> defaultRoles) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            decoder.setJwtValidator(
                    new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer)));
            // An external provider (Keycloak, VNeID) puts roles and agency elsewhere: read them into the platform's
            // "roles" and "agency" once, when the token is verified, so that every check downstream reads those.
            PlatformClaimMapping mapping = PlatformClaimMapping.of(rolesClaim, agencyClaim, defaultRoles);
            if (!mapping.isIdentity()) {
                MappedJwtClaimSetConverter types = MappedJwtClaimSetConverter.withDefaults(Map.of());
                decoder.setClaimSetConverter(claims -> mapping.apply(types.convert(claims)));
            }
            return new CachingJwtDecoder(decoder);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrors {

        @Bean
        ProblemErrorReportValve.Installer problemErrorReportValve() {
            return new ProblemErrorReportValve.Installer();
        }
    }

    /** The shared parts of the service's OpenAPI document, when the service publishes one (springdoc). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    @EnableConfigurationProperties(ApiDocumentProperties.class)
    static class ApiDocument {

        static {
            // Resolved from the token by CurrentUserArgumentResolver, not sent by the client.
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
        }

        @Bean
        ApiDocumentDefaults apiDocumentDefaults(ApiDocumentProperties properties) {
            return new ApiDocumentDefaults(properties);
        }

        /** Replaces springdoc's own (it gives way to any other), for YAML that YAML 1.2 readers read right. */
        @Bean
        ApiDocumentYaml apiDocumentYaml(SpringDocConfigProperties properties) {
            return new ApiDocumentYaml(properties);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "feign.RequestInterceptor")
    static class Feign {

        @Bean
        CorrelationIdFeignInterceptor correlationIdFeignInterceptor() {
            return new CorrelationIdFeignInterceptor();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    @ConditionalOnProperty(name = "egov.messaging.enabled", matchIfMissing = true)
    static class Messaging {

        @Bean
        KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafka) {
            Map<String, Object> config = kafka.buildProducerProperties();
            return new KafkaTemplate<>(
                    new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
        }

        @Bean
        OutboxRelay outboxRelay(
                JdbcTemplate jdbc,
                PlatformTransactionManager transactions,
                KafkaTemplate<String, byte[]> outboxKafkaTemplate,
                OutboxProperties properties,
                ObjectProvider<MeterRegistry> meters) {
            return new OutboxRelay(
                    jdbc,
                    new TransactionTemplate(transactions),
                    outboxKafkaTemplate,
                    properties,
                    meters.getIfAvailable(SimpleMeterRegistry::new));
        }

        @Bean
        Outbox outbox(
                JdbcTemplate jdbc, JsonMapper json, Clock clock, OutboxRelay relay, ObjectProvider<Tracer> tracer) {
            return new Outbox(jdbc, json, clock, relay, tracer);
        }

        @Bean
        ProcessedEvents processedEvents(JdbcTemplate jdbc) {
            return new ProcessedEvents(jdbc);
        }

        @Bean
        EventListenerSupport eventListenerSupport(JsonMapper json) {
            return new EventListenerSupport(json);
        }

        /**
         * Boot's listener container factory picks this up: a record that keeps failing after the back-off goes to
         * {@code <topic>.<group>.dlt} with its headers, so nothing is lost. Listeners receive raw CloudEvents
         * records ({@code ConsumerRecord<String, byte[]>}; the deserializers are set in the defaults).
         */
        @Bean
        @ConditionalOnMissingBean(CommonErrorHandler.class)
        CommonErrorHandler deadLetteringErrorHandler(
                KafkaTemplate<String, byte[]> outboxKafkaTemplate,
                ConsumerProperties properties,
                @Value("${spring.kafka.consumer.group-id}") String group) {
            ExponentialBackOff backOff =
                    new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
            backOff.setMaxInterval(properties.maxBackoff().toMillis());
            backOff.setMaxElapsedTime(properties.maxElapsed().toMillis());
            DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                    outboxKafkaTemplate, (record, e) -> new TopicPartition(record.topic() + "." + group + ".dlt", -1));
            return new DefaultErrorHandler(deadLetters, backOff);
        }

        @Bean
        @ConditionalOnMissingBean(RecordInterceptor.class)
        RecordInterceptor<Object, Object> correlationIdRecordInterceptor() {
            return EventListenerSupport.correlationInterceptor();
        }
    }
}
