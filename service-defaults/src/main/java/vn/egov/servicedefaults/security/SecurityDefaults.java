package vn.egov.servicedefaults.security;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * What every service's security filter chain starts from: stateless, JWT bearer tokens of the identity service
 * ({@code roles} claim mapped to {@code ROLE_*}), problem+json for 401/403, probes, metrics and the OpenAPI document open. A service adds
 * its own {@code authorizeHttpRequests} rules after calling {@link #apply(HttpSecurity)}; they are added after
 * these (error dispatches and the probes are open).
 */
public class SecurityDefaults {

    private final JsonMapper json;

    public SecurityDefaults(JsonMapper json) {
        this.json = json;
    }

    public HttpSecurity apply(HttpSecurity http) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);

        return http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        // The service's OpenAPI document (springdoc), on its own port: the gateway does not route it.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml")
                        .permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No CORS here: browsers call the gateway, which answers CORS. A service has no cross-origin
                // configuration, and looking for one through the handler mappings on every request cost about 2 % of
                // dossier-service's request CPU.
                .cors(cors -> cors.disable())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((request, response, e) -> write(
                                response, HttpStatus.UNAUTHORIZED, "unauthorized", "A valid access token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this")))
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, e) -> write(
                                response, HttpStatus.UNAUTHORIZED, "unauthorized", "A valid access token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this")));
    }

    private void write(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String slug, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ApiProblem.TYPE_BASE + slug));
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
