package vn.egov.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.egov.servicedefaults.security.SecurityDefaults;

/**
 * Who may call the payment API: partners' callbacks come without a token (they are authenticated by their signature
 * once payments exist), everything else under {@code /api/payments} needs one.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentSecurity {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.apply(http)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/**", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/payments/callbacks/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
