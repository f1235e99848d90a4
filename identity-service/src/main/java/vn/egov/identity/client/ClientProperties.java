package vn.egov.identity.client;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The registered OAuth2 clients ({@code egov.identity.clients}).
 *
 * @param web the public client of the web and mobile front ends
 * @param services the confidential clients of the platform's services, which use the client-credentials grant
 */
@ConfigurationProperties("egov.identity.clients")
public record ClientProperties(WebClient web, List<ServiceClient> services) {

    static final List<String> SERVICE_CLIENT_IDS =
            List.of("dossier-service", "payment-service", "notification-service", "catalogue-service");

    public ClientProperties {
        web = web == null ? new WebClient(null, null, null, null) : web;
        services = services == null || services.isEmpty()
                ? SERVICE_CLIENT_IDS.stream()
                        .map(id -> new ServiceClient(id, null))
                        .toList()
                : List.copyOf(services);
    }

    /**
     * The public client used by front ends with the authorization code flow and PKCE.
     *
     * @param clientId the client id, {@code egov-web} by default
     * @param redirectUris where the provider may send the code; the gateway's {@code /callback} by default
     * @param extraRedirectUris more redirect URIs added to those, e.g. a front end's dev server
     * @param postLogoutRedirectUris where the provider may send people after OIDC logout
     */
    public record WebClient(
            String clientId,
            List<String> redirectUris,
            List<String> extraRedirectUris,
            List<String> postLogoutRedirectUris) {

        public WebClient {
            clientId = clientId == null || clientId.isBlank() ? "egov-web" : clientId;
            redirectUris = nonBlank(redirectUris, List.of("http://localhost:8080/callback"));
            extraRedirectUris = nonBlank(extraRedirectUris, List.of());
            postLogoutRedirectUris = nonBlank(postLogoutRedirectUris, List.of("http://localhost:8080/"));
        }

        /** Every redirect URI the client may use. */
        public List<String> allRedirectUris() {
            return Stream.concat(redirectUris.stream(), extraRedirectUris.stream())
                    .distinct()
                    .toList();
        }
    }

    /**
     * A service calling other services or the gateway on its own behalf.
     *
     * @param id the client id, which is also the subject of its tokens
     * @param secret the client secret, plain or encoded with its scheme prefix; {@code <id>-secret} by default
     */
    public record ServiceClient(String id, String secret) {

        public ServiceClient {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("A service client lacks its id");
            }
            secret = secret == null || secret.isBlank() ? id + "-secret" : secret;
        }
    }

    private static List<String> nonBlank(List<String> values, List<String> fallback) {
        if (values == null) {
            return fallback;
        }
        // An empty environment variable binds as one blank entry; it means "none".
        return values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }
}
