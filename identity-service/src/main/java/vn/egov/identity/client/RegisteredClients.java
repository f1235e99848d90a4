package vn.egov.identity.client;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.egov.identity.server.IdentityServerProperties;

/**
 * Registers the configured clients. They live in memory: the set is fixed by configuration and the same on every
 * instance, so there is nothing to store.
 */
@Configuration(proxyBeanMethods = false)
class RegisteredClients {

    @Bean
    RegisteredClientRepository registeredClientRepository(
            ClientProperties clients, IdentityServerProperties server, PasswordEncoder passwordEncoder) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(server.accessTokenTtl())
                .build();
        List<RegisteredClient> registered = new ArrayList<>();
        registered.add(webClient(clients.web(), tokens));
        for (ClientProperties.ServiceClient service : clients.services()) {
            registered.add(serviceClient(service, tokens, passwordEncoder));
        }
        return new InMemoryRegisteredClientRepository(registered);
    }

    private static RegisteredClient webClient(ClientProperties.WebClient web, TokenSettings tokens) {
        return RegisteredClient.withId(web.clientId())
                .clientId(web.clientId())
                // A browser cannot keep a secret: PKCE proves that the code is redeemed by whoever asked for it.
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(web.allRedirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build();
    }

    private static RegisteredClient serviceClient(
            ClientProperties.ServiceClient service, TokenSettings tokens, PasswordEncoder passwordEncoder) {
        String secret = service.secret().startsWith("{") ? service.secret() : passwordEncoder.encode(service.secret());
        return RegisteredClient.withId(service.id())
                .clientId(service.id())
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
    }
}
