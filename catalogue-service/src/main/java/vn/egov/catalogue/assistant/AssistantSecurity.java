package vn.egov.catalogue.assistant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.egov.servicedefaults.security.SecurityDefaults;

/** The assistant is anonymous, like the catalogue it answers from; only POST is served. */
@Configuration(proxyBeanMethods = false)
class AssistantSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain assistant(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.apply(http.securityMatcher("/api/assistant/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/assistant/messages")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
