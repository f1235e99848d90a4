package vn.egov.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.web.platform.SignInRequired;

/**
 * The signed-in person's access token, read from their session for a call to the platform. There is no refresh
 * token (the identity provider gives none to a public client): a token about to expire means signing in again,
 * which the provider's own session makes silent.
 */
@Component
public class AccessTokens {

    /** A token this close to its expiry is not sent: it could expire on its way through the gateway. */
    private static final Duration MARGIN = Duration.ofSeconds(15);

    private final OAuth2AuthorizedClientRepository clients;
    private final JsonMapper json;

    AccessTokens(OAuth2AuthorizedClientRepository clients, JsonMapper json) {
        this.clients = clients;
        this.json = json;
    }

    /**
     * The current person's access token.
     *
     * @throws SignInRequired when nobody is signed in or the token has (nearly) expired
     */
    public String current() {
        OAuth2AccessToken token = authorizedClient()
                .orElseThrow(() -> new SignInRequired("not signed in"))
                .getAccessToken();
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt != null && Instant.now().plus(MARGIN).isAfter(expiresAt)) {
            throw new SignInRequired("the access token has expired");
        }
        return token.getTokenValue();
    }

    /** When the current token was issued, if there is one: a refusal right after signing in is not worth a retry. */
    public Optional<Instant> issuedAt() {
        return authorizedClient().map(client -> client.getAccessToken().getIssuedAt());
    }

    /**
     * The person's mobile number ({@code phone_number}), which the identity provider puts in the access token only.
     * The token came straight from the provider's token endpoint to this server, so its payload is read as it is.
     */
    public Optional<String> phoneNumber() {
        return authorizedClient().map(client -> claim(client.getAccessToken().getTokenValue(), "phone_number"));
    }

    /** Forgets the person's token (before sending them to sign in again). */
    public void forget(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            clients.removeAuthorizedClient(SecurityConfiguration.REGISTRATION, authentication, request, response);
        }
    }

    /** The person signed in, or empty for a visitor. */
    public static Optional<SignedInUser> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            return Optional.empty();
        }
        List<String> roles = user.getClaimAsStringList("roles");
        String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        return Optional.of(new SignedInUser(
                user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject(),
                name != null ? name : user.getSubject(),
                roles == null ? List.of() : List.copyOf(roles),
                user.getClaimAsString("agency")));
    }

    private Optional<OAuth2AuthorizedClient> authorizedClient() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        return Optional.ofNullable(clients.loadAuthorizedClient(
                SecurityConfiguration.REGISTRATION, authentication, attributes.getRequest()));
    }

    private @Nullable String claim(String jwt, String name) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode payload =
                    json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode value = payload.get(name);
            return value == null || value.isNull() ? null : value.asString();
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return null;
        }
    }
}
