package vn.egov.dossier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.egov.servicedefaults.security.SecurityDefaults;

/**
 * Who may call what. Coarse role rules live here; whether a caller may see one particular dossier (owner, officer of
 * its agency) is decided by the use cases, which answer 404 rather than reveal that a code exists.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.apply(http)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/public/**")
                        .permitAll()
                        .requestMatchers("/internal/**")
                        .hasRole("SERVICE")
                        .requestMatchers(HttpMethod.GET, "/api/dossiers/statistics")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/calendar")
                        .permitAll()
                        .requestMatchers("/api/calendar/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/dossiers")
                        .hasRole("CITIZEN")
                        .requestMatchers(HttpMethod.POST, "/api/dossiers/counter", "/api/dossiers/*/apology")
                        .hasRole("OFFICER")
                        .requestMatchers("/api/dossiers/**", "/api/dossiers")
                        .hasAnyRole("CITIZEN", "OFFICER")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
