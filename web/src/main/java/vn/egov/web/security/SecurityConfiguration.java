package vn.egov.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import vn.egov.web.platform.WebProperties;
import vn.egov.webcore.PlatformClaimMapping;

/**
 * Who may see which page, and how people sign in: with the identity provider's authorization code flow and PKCE
 * (the {@code egov-web} client is public, so Spring Security sends a code challenge), the code redeemed by this
 * server, the tokens kept in the server-side session only, never in the browser. Every form carries a CSRF token;
 * every page a strict Content-Security-Policy (no inline script or style, no framing).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String REGISTRATION = "egov";
    static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;
    private static final List<String> SIGNED_IN_ONLY = List.of("/ho-so", "/nop-ho-so", "/can-bo", "/quan-tri");

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain pages(
            HttpSecurity http,
            ClientRegistrationRepository clients,
            OAuth2AuthorizedClientRepository authorizedClients,
            RequestCache requestCache,
            ReturnAfterSignIn returnAfterSignIn,
            WebProperties web,
            IdentityProperties identity,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
        signedOut.setPostLogoutRedirectUri(web.publicAddress("/"));
        http.authorizeHttpRequests(pages -> pages.requestMatchers("/ho-so", "/ho-so/**", "/nop-ho-so/**")
                        .hasRole("CITIZEN")
                        .requestMatchers("/can-bo", "/can-bo/**")
                        .hasRole("OFFICER")
                        .requestMatchers("/thong-ke")
                        .hasAnyRole("OFFICER", "ADMIN")
                        .requestMatchers("/quan-tri", "/quan-tri/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/dang-nhap")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .loginProcessingUrl("/callback")
                        .authorizedClientRepository(authorizedClients)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                                        platformClaims(identity.claims().mapping()))
                                .userAuthoritiesMapper(rolesFromIdToken()))
                        .successHandler(returnAfterSignIn)
                        .failureHandler(signInFailed()))
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessHandler(signedOut))
                // The CSRF token lives in a cookie of its own (double submit), not in a server session: the home and
                // procedure pages carry the assistant's form, and a session per anonymous visitor would cost memory
                // and a Set-Cookie on every first view. Sessions are for people who sign in.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens(secureCookies)))
                .requestCache(cache -> cache.requestCache(requestCache))
                // Sent to sign in from a page: back to it; from a form (its session expired meanwhile): back to the
                // page
                // the form was on, not to the form's POST address.
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, signInFirst) -> {
                            returnAfterSignIn.remember(request, response);
                            response.sendRedirect(SIGN_IN);
                        })
                        .accessDeniedHandler(accessDenied(returnAfterSignIn)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Marked Secure like the session cookie ({@code EGOV_WEB_SECURE_COOKIE}), since TLS ends before this server. */
    private static CookieCsrfTokenRepository csrfTokens(boolean secure) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("EGOV_WEB_CSRF");
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).sameSite("Lax").secure(secure));
        return tokens;
    }

    /**
     * The one client: {@code egov-web}, public (no secret, so PKCE), redirected back to {@code /callback} of the
     * public address, the redirect URI the identity provider has registered for it. Built here rather than from
     * {@code spring.security.oauth2.client.provider.*.issuer-uri} so that starting this site does not need the
     * identity provider up (no discovery at start-up).
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(IdentityProperties identity, WebProperties web) {
        String issuer = identity.issuer();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientName("Cổng Dịch vụ công")
                .clientId(identity.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(web.publicAddress("/callback"))
                .scope("openid", "profile")
                .authorizationUri(identity.authorizationUri().toString())
                .tokenUri(identity.tokenUri().toString())
                .jwkSetUri(identity.jwkSetUri().toString())
                .issuerUri(issuer)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(
                        Map.of("end_session_endpoint", identity.endSessionUri().toString()))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** A refused or failed sign-in is logged (with the correlation id) and explained on a page of its own. */
    private static AuthenticationFailureHandler signInFailed() {
        SimpleUrlAuthenticationFailureHandler page = new SimpleUrlAuthenticationFailureHandler("/dang-nhap-loi");
        return (request, response, failure) -> {
            log.warn("Sign-in failed: {}", failure.getMessage());
            page.onAuthenticationFailure(request, response, failure);
        };
    }

    /** The tokens live in the person's session on this server, nowhere else. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Remembers the page a person was sent away from to sign in, and sends them back to it. */
    @Bean
    RequestCache requestCache() {
        return new HttpSessionRequestCache();
    }

    /**
     * The signed-in person with the platform's {@code roles} and {@code agency} in the ID token, read from where the
     * provider puts them ({@code egov.identity.claims.*}): the pages and {@link AccessTokens#signedInUser()} read
     * those two names whichever provider signed the person in.
     */
    static OAuth2UserService<OidcUserRequest, OidcUser> platformClaims(PlatformClaimMapping mapping) {
        OidcUserService standard = new OidcUserService();
        if (mapping.isIdentity()) {
            return standard;
        }
        return request -> {
            OidcUser user = standard.loadUser(request);
            OidcIdToken token = user.getIdToken();
            OidcIdToken mapped = new OidcIdToken(
                    token.getTokenValue(), token.getIssuedAt(), token.getExpiresAt(), mapping.apply(token.getClaims()));
            return new DefaultOidcUser(user.getAuthorities(), mapped, user.getUserInfo(), IdTokenClaimNames.SUB);
        };
    }

    /** The platform's roles are in the ID token's {@code roles} claim (see {@link #platformClaims}). */
    static GrantedAuthoritiesMapper rolesFromIdToken() {
        return authorities -> {
            List<GrantedAuthority> mapped = new ArrayList<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Collection<String> roles = oidc.getIdToken().getClaimAsStringList("roles");
                    if (roles != null) {
                        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return mapped;
        };
    }

    /**
     * A form sent after the session it was rendered in expired has no valid CSRF token. Behind a sign-in, that person
     * is sent to sign in and brought back to the page the form was on; a public form (the look-up) is simply shown
     * again, fresh. Any other refusal is the 403 page.
     */
    private static AccessDeniedHandler accessDenied(ReturnAfterSignIn returnAfterSignIn) {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException
                    && request.getRequestedSessionId() != null
                    && !request.isRequestedSessionIdValid()) {
                if (SIGNED_IN_ONLY.stream().anyMatch(request.getRequestURI()::startsWith)) {
                    returnAfterSignIn.remember(request, response);
                    response.sendRedirect(SIGN_IN);
                } else {
                    response.sendRedirect(ReturnAfterSignIn.sameSitePath(request.getHeader("Referer")));
                }
                return;
            }
            forbidden.handle(request, response, denied);
        };
    }
}
