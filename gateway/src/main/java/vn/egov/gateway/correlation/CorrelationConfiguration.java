package vn.egov.gateway.correlation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the correlation id filter ahead of every other filter. */
@Configuration(proxyBeanMethods = false)
public class CorrelationConfiguration {

    @Bean
    CorrelationIds correlationIds() {
        return new CorrelationIds();
    }
}
