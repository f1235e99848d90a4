package vn.egov.embedded.oidc;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets tokens from a running OpenID Connect provider the way the platform's front end and services do: the
 * authorization code flow with PKCE through the real sign-in form (cookies, CSRF token and all), and the
 * client-credentials grant.
 *
 * <p>The browser part uses only {@link HttpClient} with a {@link CookieManager}: it reads the provider's endpoints from
 * {@code <issuer>/.well-known/openid-configuration}, asks for a code for the public client (S256 challenge, state),
 * fills in the {@code username}/{@code password} form with its {@code _csrf} hidden input, follows the redirects
 * until the one to the client's redirect URI, which it never calls, and redeems the code with the verifier.
 *
 * <pre>{@code
 * OidcLogin identity = OidcLogin.forIssuer(URI.create("http://localhost:9000"));
 * String citizen = identity.accessToken("citizen", "citizen");
 * String dossierService = identity.clientCredentialsToken("dossier-service", "dossier-service-secret");
 * }</pre>
 *
 * <p>Each sign-in starts a new cookie jar, so sign-ins do not share a session. Instances are immutable and
 * thread-safe.
 */
public final class OidcLogin {

    /** The platform's public client, used by the web and mobile front ends. */
    public static final String WEB_CLIENT_ID = "egov-web";
    /** The redirect URI registered for {@link #WEB_CLIENT_ID} on the local stack. */
    public static final URI WEB_REDIRECT_URI = URI.create("http://localhost:8080/callback");

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_REDIRECTS = 10;
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*\\bname=\"_csrf\"[^>]*>");
    private static final Pattern VALUE_ATTRIBUTE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI issuer;
    private final String clientId;
    private final URI redirectUri;
    private final String scope;
    private final HttpClient tokenClient;
    private volatile Endpoints endpoints;

    private OidcLogin(URI issuer, String clientId, URI redirectUri, String scope) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.tokenClient = newClient(null);
    }

    /** Signs in at {@code issuer} as the {@code egov-web} client with the local stack's redirect URI. */
    public static OidcLogin forIssuer(URI issuer) {
        String text = issuer.toString();
        URI withoutTrailingSlash = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : issuer;
        return new OidcLogin(withoutTrailingSlash, WEB_CLIENT_ID, WEB_REDIRECT_URI, "openid profile");
    }

    /** The same issuer with another public client and redirect URI registered for it. */
    public OidcLogin withClient(String clientId, URI redirectUri) {
        return new OidcLogin(issuer, clientId, redirectUri, scope);
    }

    /** The issuer this helper signs in at. */
    public URI issuer() {
        return issuer;
    }

    /**
     * Signs {@code user} in with the authorization code flow and PKCE and returns the access token (a JWT).
     *
     * @throws Refused when the provider refuses the sign-in or the code
     */
    public String accessToken(String user, String password) {
        return exchange(authorize(user, password));
    }

    /**
     * Runs the browser part of the flow only: signs in and returns the authorization code with its PKCE verifier,
     * without redeeming it. For tests of what the token endpoint does with a code.
     *
     * @throws Refused when the provider refuses the sign-in or the authorization request
     */
    public AuthorizationCode authorize(String user, String password) {
        String verifier = randomToken(32);
        String state = randomToken(16);
        URI authorize = withQuery(
                endpoints().authorization(),
                form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        clientId,
                        "redirect_uri",
                        redirectUri.toString(),
                        "scope",
                        scope,
                        "state",
                        state,
                        "code_challenge",
                        s256(verifier),
                        "code_challenge_method",
                        "S256")));
        HttpClient browser = newClient(new CookieManager(null, CookiePolicy.ACCEPT_ALL));

        HttpResponse<String> response = send(browser, browserRequest(authorize).GET());
        URI loginPage = redirectTarget(response, authorize);
        if (isRedirectUri(loginPage)) {
            return codeFrom(loginPage, state, verifier);
        }
        HttpResponse<String> page = send(browser, browserRequest(loginPage).GET());
        if (page.statusCode() != 200) {
            throw new Refused(page.statusCode(), page.body(), "The sign-in page " + loginPage + " did not answer 200");
        }
        String csrf = csrfToken(page.body());
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", user);
        credentials.put("password", password);
        if (csrf != null) {
            credentials.put("_csrf", csrf);
        }
        HttpResponse<String> signedIn = send(
                browser,
                browserRequest(page.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(credentials))));

        URI current = page.uri();
        HttpResponse<String> hop = signedIn;
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            URI next = redirectTarget(hop, current);
            if (isRedirectUri(next)) {
                return codeFrom(next, state, verifier);
            }
            if (next.getPath() != null
                    && next.getPath().equals(loginPage.getPath())
                    && next.getRawQuery() != null
                    && next.getRawQuery().contains("error")) {
                throw new Refused(401, "", "The provider refused the sign-in of " + user);
            }
            current = next;
            hop = send(browser, browserRequest(next).GET());
        }
        throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects after signing in " + user);
    }

    /**
     * Redeems an authorization code with its PKCE verifier and returns the access token.
     *
     * @throws Refused when the token endpoint does not answer 200
     */
    public String exchange(AuthorizationCode code) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code.code());
        body.put("redirect_uri", code.redirectUri().toString());
        body.put("client_id", clientId);
        body.put("code_verifier", code.codeVerifier());
        return accessTokenFrom(send(
                tokenClient,
                HttpRequest.newBuilder(endpoints().token())
                        .timeout(TIMEOUT)
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(body)))));
    }

    /**
     * Gets a token with the client-credentials grant, authenticating with HTTP Basic ({@code client_secret_basic}).
     *
     * @throws Refused when the token endpoint does not answer 200, e.g. 401 for a wrong secret
     */
    public String clientCredentialsToken(String clientId, String secret) {
        String basic = Base64.getEncoder()
                .encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        return accessTokenFrom(send(
                tokenClient,
                HttpRequest.newBuilder(endpoints().token())
                        .timeout(TIMEOUT)
                        .header("Accept", "application/json")
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))));
    }

    /**
     * An authorization code as the provider sent it to the redirect URI, with the PKCE verifier needed to redeem it.
     *
     * @param code the authorization code
     * @param codeVerifier the PKCE verifier whose S256 challenge was sent with the authorization request
     * @param redirectUri the redirect URI the code was issued for
     */
    public record AuthorizationCode(String code, String codeVerifier, URI redirectUri) {

        public AuthorizationCode {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(codeVerifier, "codeVerifier");
            Objects.requireNonNull(redirectUri, "redirectUri");
        }
    }

    /** The provider said no: wrong credentials, an invalid request, or a refused code or client. */
    public static final class Refused extends RuntimeException {

        private final int status;
        private final String body;

        Refused(int status, String body, String message) {
            super(message + " (HTTP " + status + (body.isEmpty() ? "" : ": " + body) + ")");
            this.status = status;
            this.body = body;
        }

        /** The HTTP status the provider answered with; 401 for a refused sign-in. */
        public int status() {
            return status;
        }

        /** The provider's response body, often an OAuth2 error as JSON; may be empty. */
        public String body() {
            return body;
        }
    }

    private record Endpoints(URI authorization, URI token) {}

    private Endpoints endpoints() {
        Endpoints known = endpoints;
        if (known == null) {
            URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
            HttpResponse<String> response = send(
                    tokenClient,
                    HttpRequest.newBuilder(discovery)
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            .GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "No OpenID Connect discovery document at " + discovery + ": HTTP " + response.statusCode());
            }
            Map<String, Object> document = json(response.body());
            known = new Endpoints(URI.create((String) document.get("authorization_endpoint")), URI.create((String)
                    document.get("token_endpoint")));
            endpoints = known;
        }
        return known;
    }

    private boolean isRedirectUri(URI uri) {
        return uri.getScheme().equals(redirectUri.getScheme())
                && uri.getAuthority().equals(redirectUri.getAuthority())
                && Objects.equals(uri.getPath(), redirectUri.getPath());
    }

    private AuthorizationCode codeFrom(URI callback, String expectedState, String verifier) {
        Map<String, String> query = parseQuery(callback.getRawQuery());
        if (query.containsKey("error")) {
            throw new Refused(
                    400,
                    query.get("error") + ": " + query.getOrDefault("error_description", ""),
                    "The provider refused the authorization request");
        }
        if (!expectedState.equals(query.get("state"))) {
            throw new IllegalStateException("The redirect carried state " + query.get("state") + ", not ours");
        }
        String code = query.get("code");
        if (code == null) {
            throw new IllegalStateException("The redirect to " + callback + " carried no code");
        }
        return new AuthorizationCode(code, verifier, redirectUri);
    }

    private static URI redirectTarget(HttpResponse<String> response, URI from) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse(null);
        if (status < 300 || status > 399 || location == null) {
            throw new Refused(status, response.body(), "Expected a redirect from " + from);
        }
        return response.uri().resolve(location);
    }

    private static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            return null;
        }
        Matcher value = VALUE_ATTRIBUTE.matcher(input.group());
        return value.find() ? htmlUnescape(value.group(1)) : null;
    }

    private static String accessTokenFrom(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new Refused(response.statusCode(), response.body(), "The token endpoint refused the request");
        }
        Object token = json(response.body()).get("access_token");
        if (!(token instanceof String accessToken)) {
            throw new IllegalStateException("The token response has no access_token: " + response.body());
        }
        return accessToken;
    }

    private static HttpRequest.Builder browserRequest(URI uri) {
        // Like a browser: the provider sends HTML clients to its sign-in page and API clients a 401.
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    private static HttpClient newClient(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the identity provider", e);
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("Not a JSON object: " + body, e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static URI withQuery(URI endpoint, String query) {
        return URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(encode(name)).append('=').append(encode(value));
        });
        return form.toString();
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(
                    URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String htmlUnescape(String value) {
        return value.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
