package vn.egov.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import vn.egov.embedded.kafka.KafkaCredentials;

/**
 * Points a Spring Boot test at the JVM's real PostgreSQL (database {@code egov.test.database}, default the
 * application name with dashes turned into underscores), the real Kafka broker and the test issuer.
 *
 * <p>The service connects to Kafka as its own user (the application name), with the ACLs production gives it, so a
 * test fails where production would be refused. An application that is none of the platform's Kafka users (a test
 * service) sets {@code egov.test.kafka.super-user=true} and connects as the broker's super user. An application without
 * Spring Kafka (the gateway, the identity provider) is given no broker at all: it never talks to Kafka.
 */
public final class EgovInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DYNAMIC_PROPERTIES = "Dynamic Test Properties";
    private static final String SPRING_KAFKA = "org.springframework.kafka.core.KafkaTemplate";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        TestIdentity identity = TestIdentity.shared();
        String database = environment.getProperty(
                "egov.test.database",
                environment.getProperty("spring.application.name", "egov").replace('-', '_'));

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", infrastructure.jdbcUrl(database));
        properties.put("spring.datasource.username", infrastructure.username());
        properties.put("spring.datasource.password", infrastructure.password());
        if (ClassUtils.isPresent(SPRING_KAFKA, context.getClassLoader())) {
            properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            KafkaCredentials kafka = kafkaCredentials(environment, infrastructure);
            properties.put("egov.kafka.username", kafka.username());
            properties.put("egov.kafka.password", kafka.password());
        }
        properties.put("egov.identity.issuer-uri", identity.issuer());
        // Actuator on a free port of its own (@LocalManagementPort), never the service's fixed one: tests run side by
        // side.
        properties.put("management.server.port", "0");
        MapPropertySource source = new MapPropertySource("egovTestInfrastructure", properties);
        // A test's own @DynamicPropertySource (e.g. a private broker it can stop) wins over the shared infrastructure.
        if (environment.getPropertySources().contains(DYNAMIC_PROPERTIES)) {
            environment.getPropertySources().addAfter(DYNAMIC_PROPERTIES, source);
        } else {
            environment.getPropertySources().addFirst(source);
        }
    }

    private static KafkaCredentials kafkaCredentials(
            ConfigurableEnvironment environment, TestInfrastructure infrastructure) {
        if (environment.getProperty("egov.test.kafka.super-user", Boolean.class, false)) {
            return infrastructure.kafkaSuperUser();
        }
        String user =
                environment.getProperty("egov.kafka.username", environment.getProperty("spring.application.name"));
        return infrastructure
                .kafkaCredentials(user)
                .orElseThrow(() -> new IllegalStateException("'" + user + "' is none of the platform's Kafka users"
                        + " (embedded-infrastructure's KafkaAccess): add it there, or set"
                        + " egov.test.kafka.super-user=true for a test application"));
    }
}
