package vn.egov.gateway.limits;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.gateway.problem.Problems;

/** Registers the filters that keep internal paths hidden and request bodies bounded. */
@Configuration(proxyBeanMethods = false)
public class LimitsConfiguration {

    @Bean
    InternalPaths internalPaths(Problems problems, ApplicationContext context) {
        return new InternalPaths(problems, context);
    }

    @Bean
    RequestSizeLimit requestSizeLimit(RequestLimits limits, Problems problems) {
        return new RequestSizeLimit(limits, problems);
    }
}
