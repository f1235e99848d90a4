package vn.egov.gateway.problem;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the problem writer, the error handler that uses it and the body for Netty's own refusals. */
@Configuration(proxyBeanMethods = false)
public class ProblemConfiguration {

    @Bean
    Problems problems(JsonMapper json) {
        return new Problems(json);
    }

    @Bean
    NettyServerCustomizer refusedRequests() {
        return RefusedRequests.customizer();
    }

    @Bean
    GatewayErrors gatewayErrors(Problems problems) {
        return new GatewayErrors(problems);
    }
}
