package vn.egov.identity.loginlimit.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.identity.loginlimit.LoginAttempts;
import vn.egov.identity.loginlimit.LoginLimitProperties;
import vn.egov.webcore.ClientAddresses;

/**
 * Puts {@link LoginAttemptLimit} just before the form login. Spring Security applies a {@code Customizer<HttpSecurity>}
 * bean to every filter chain, so the server's configuration need not know the limit; only the sign-in chain ever sees
 * {@code POST /login}. The filter is not a bean itself: Spring Boot would also register it with the servlet container,
 * outside the chain, where there is no CSRF token to render the page with.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "egov.identity.login-limit.enabled", havingValue = "true", matchIfMissing = true)
class LoginAttemptLimitConfiguration {

    @Bean
    Customizer<HttpSecurity> loginAttemptLimit(
            LoginLimitProperties properties, LoginAttempts attempts, JsonMapper json, MeterRegistry meters) {
        LoginAttemptLimit limit =
                new LoginAttemptLimit(new ClientAddresses(properties.trustedProxies()), attempts, json, meters);
        return http -> http.addFilterBefore(limit, UsernamePasswordAuthenticationFilter.class);
    }
}
