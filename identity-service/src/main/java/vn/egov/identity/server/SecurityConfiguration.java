package vn.egov.identity.server;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.identity.token.PlatformClaims;
import vn.egov.identity.user.Role;

/**
 * Wires Spring Authorization Server: one filter chain for the protocol endpoints (OAuth2 and OpenID Connect), one
 * for the services' internal API (bearer tokens), one for the sign-in page, health checks and everything else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    private static final String ARGON2 = "argon2";

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    // The configurer no longer narrows the chain by itself; this chain only serves its endpoints.
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The OIDC user-info endpoint accepts our own access tokens.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .cors(withDefaults())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), browserRequests()));
        return http.build();
    }

    /**
     * Service-to-service calls under {@code /internal/**}: a bearer token of this provider carrying the SERVICE role
     * (a client-credentials token), no session, no sign-in page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain internalApi(HttpSecurity http) throws Exception {
        JwtAuthenticationConverter tokens = rolesFromClaim();
        http.securityMatcher("/internal/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.SERVICE.name()))
                .oauth2ResourceServer(
                        resourceServer -> resourceServer.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The administrators' account API under {@code /api/identity/**}: a bearer token of this provider with the ADMIN
     * role, no session, problem+json for 401 and 403.
     */
    @Bean
    @Order(3)
    SecurityFilterChain accountApi(HttpSecurity http, JsonMapper json) throws Exception {
        http.securityMatcher("/api/identity/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint((request, response, e) ->
                                problem(json, response, 401, "unauthorized", "A valid access token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(json, response, 403, "forbidden", "Your role does not allow this")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                problem(json, response, 401, "unauthorized", "A valid access token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(json, response, 403, "forbidden", "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The sign-in form and everything else. The form checks passwords with {@code PasswordSignIn} only (no parent
     * manager that would check, and count, a failure twice).
     */
    @Bean
    @Order(4)
    SecurityFilterChain signInAndEverythingElse(HttpSecurity http, AuthenticationProvider passwordSignIn)
            throws Exception {
        http.authenticationManager(new ProviderManager(passwordSignIn));
        http.authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/error")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityServerProperties properties) {
        return AuthorizationServerSettings.builder()
                .issuer(properties.issuer().toString())
                .build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityServerProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.loadOrCreate(properties.keyStoreDir())));
    }

    /**
     * Encodes user passwords and client secrets with Argon2id; stored values carry their scheme ({@code {argon2}}), so
     * hashes of other schemes (bcrypt, configured by hand) still match and are upgraded at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingProperties hashing) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(
                ARGON2,
                new Argon2PasswordEncoder(16, 32, hashing.parallelism(), hashing.memoryKib(), hashing.iterations()));
        encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(IdentityServerProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(PlatformClaims.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(roles);
        return tokens;
    }

    private static void problem(JsonMapper json, HttpServletResponse response, int status, String slug, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create("https://egov.vn/problems/" + slug));
        problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** Browsers get the sign-in page; API clients get a 401 from the endpoint's own entry point. */
    private static MediaTypeRequestMatcher browserRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
