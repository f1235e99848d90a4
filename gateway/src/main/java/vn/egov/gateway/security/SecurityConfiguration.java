package vn.egov.gateway.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import vn.egov.gateway.problem.Problems;
import vn.egov.webcore.PlatformClaimMapping;

/**
 * Checks bearer tokens at the edge so that anonymous traffic to protected APIs never reaches a service. The services
 * check the same token again and decide on roles and ownership; the gateway only knows which calls are public. The
 * {@code Authorization} header is forwarded unchanged (token relay by pass-through). Paths outside {@code /api/} are
 * the web front end's pages, which sign people in themselves (with a session of their own, no bearer token).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain edge(ServerHttpSecurity http, Problems problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.write(
                    exchange,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "Unauthorized",
                    "A valid access token is required");
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(
                exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this");

        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> {})
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/catalogue/**")
                        .permitAll()
                        .pathMatchers("/api/public/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/payments/callbacks/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/payments/callbacks/*/return")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/chatbot/**")
                        .permitAll()
                        // Providers' webhooks (SMS MO by GET or POST, Zalo OA events, eSMS delivery reports): the
                        // service checks
                        // their signature, secret or token.
                        .pathMatchers("/api/notifications/inbound/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/notifications/receipts/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/assistant/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/dossiers/statistics", "/api/calendar", "/api/calendar/**")
                        .permitAll()
                        // Served on the management port only (management.server.port), which the public never reaches.
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/api/**", "/actuator/**", "/internal/**")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * Spring Security's firewall refuses paths with dot segments, encoded slashes and the like before anything routes
     * them (so {@code /api/public/../../internal/x} never reaches a service); its refusal is a problem too.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedRequests(Problems problems) {
        return (exchange, e) -> problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "request-rejected",
                "Request rejected",
                "The request's path, method or headers are not accepted");
    }

    /**
     * No observation per security web filter, authentication and authorization: the HTTP server observation still
     * times and traces every request, and per-filter observations cost CPU on every call (as in the services).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(IdentityProperties identity) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(
                        identity.jwkSetUri().toString())
                .build();
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(identity.issuerUri().toString()));
        // An external provider puts roles and agency elsewhere: read into "roles" and "agency", as the services do.
        PlatformClaimMapping mapping = identity.claims().mapping();
        if (!mapping.isIdentity()) {
            MappedJwtClaimSetConverter types = MappedJwtClaimSetConverter.withDefaults(Map.of());
            decoder.setClaimSetConverter(claims -> mapping.apply(types.convert(claims)));
        }
        return new CachingReactiveJwtDecoder(decoder);
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("*"));
        configuration.setExposedHeaders(
                List.of("X-Correlation-Id", "Location", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"));
        configuration.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }

    /** The identity service puts roles in a {@code roles} claim; Spring expects {@code ROLE_*} authorities. */
    private static ReactiveJwtAuthenticationConverterAdapter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
