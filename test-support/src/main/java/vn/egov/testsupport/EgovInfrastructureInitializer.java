package vn.egov.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring Boot test at the JVM's real PostgreSQL (database {@code egov.test.database}, default the
 * application name with dashes turned into underscores), the real Kafka broker and the test issuer.
 */
public final class EgovInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DYNAMIC_PROPERTIES = "Dynamic Test Properties";

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
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
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
}
