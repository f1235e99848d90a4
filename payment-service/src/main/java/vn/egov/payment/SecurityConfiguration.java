package vn.egov.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.egov.servicedefaults.security.SecurityDefaults;

/**
 * Who may call payment-service: partners' callbacks and payers' browsers returning from a partner come without a token
 * (each message is authenticated by the partner's signature); the public status and receipt verification are open to
 * anyone; everything else under {@code /api/payments} needs a token, and the use cases check whose payment it is.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.apply(http)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/**", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/payments/callbacks/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/payments/callbacks/*/return", "/api/public/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
