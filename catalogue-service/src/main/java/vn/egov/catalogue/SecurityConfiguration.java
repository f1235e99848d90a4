package vn.egov.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.egov.servicedefaults.security.SecurityDefaults;

/** The catalogue is public to read; only administrators change it. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.apply(http)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/catalogue/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/catalogue/**")
                        .permitAll()
                        .requestMatchers("/api/catalogue/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
