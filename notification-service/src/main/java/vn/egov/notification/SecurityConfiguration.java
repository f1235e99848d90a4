package vn.egov.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.egov.servicedefaults.security.SecurityDefaults;

/**
 * Who may call what. The delivery log holds contact details, so only officers and other services may read it;
 * which dossiers an officer may see is decided by the use case (their agency only). The providers' inbound webhooks
 * are open to the network and prove themselves by their secret or signature, checked by the webhook.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.apply(http)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/api/notifications/inbound/**", "/api/notifications/receipts/**")
                        .permitAll()
                        // The national portal report: admins too (the use case scopes officers to their agency).
                        .requestMatchers(HttpMethod.GET, "/api/notifications/national-portal/**")
                        .hasAnyRole("ADMIN", "OFFICER", "SERVICE")
                        // A dossier's delivery log: its owner too (ReadDeliveryLog checks whose it is).
                        .requestMatchers(HttpMethod.GET, "/api/notifications")
                        .hasAnyRole("OFFICER", "SERVICE", "CITIZEN")
                        .requestMatchers("/api/notifications", "/api/notifications/**")
                        .hasAnyRole("OFFICER", "SERVICE")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
