package vn.egov.gateway.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the problem writer and the error handler that uses it. */
@Configuration(proxyBeanMethods = false)
public class ProblemConfiguration {

    @Bean
    Problems problems(JsonMapper json) {
        return new Problems(json);
    }

    @Bean
    GatewayErrors gatewayErrors(Problems problems) {
        return new GatewayErrors(problems);
    }
}
