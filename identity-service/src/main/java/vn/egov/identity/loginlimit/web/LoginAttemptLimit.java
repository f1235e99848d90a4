package vn.egov.identity.loginlimit.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.identity.login.web.LoginPage;
import vn.egov.identity.loginlimit.LoginAttempts;
import vn.egov.identity.loginlimit.LoginAttempts.Verdict;
import vn.egov.webcore.ClientAddresses;

/**
 * Counts every sign-in attempt ({@code POST /login}) against its client address before the form login sees it. Over
 * the limit the attempt never reaches the password check, so it counts against no account's lock-out either, and the
 * answer is the same whether the name exists or the password is right: 429 with {@code Retry-After}, the sign-in
 * page with the reason for a browser, problem+json ({@code rate-limited}, as at the gateway) for anything else. It
 * runs after Spring Security's CSRF check: a post without the form's token is refused there, uncounted.
 */
class LoginAttemptLimit extends OncePerRequestFilter {

    static final URI RATE_LIMITED = URI.create("https://egov.vn/problems/rate-limited");
    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final RequestMatcher signInAttempts =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final RequestMatcher browsers = browsers();
    private final ClientAddresses addresses;
    private final LoginAttempts attempts;
    private final JsonMapper json;
    private final Counter limited;

    LoginAttemptLimit(ClientAddresses addresses, LoginAttempts attempts, JsonMapper json, MeterRegistry meters) {
        this.addresses = addresses;
        this.attempts = attempts;
        this.json = json;
        this.limited = Counter.builder("egov.identity.login.limited")
                .description("Sign-in attempts refused with 429 because their address made too many")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signInAttempts.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = addresses.of(
                request.getRemoteAddr(), Collections.list(request.getHeaders(ClientAddresses.FORWARDED_FOR)));
        Verdict verdict = attempts.take(client);
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        limited.increment();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null && browsers.matches(request)) {
            response.setContentType(HTML_UTF8.toString());
            response.getOutputStream()
                    .write(LoginPage.html(alert(verdict.retryAfterSeconds()), csrf)
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many sign-in attempts from this address; try again in " + verdict.retryAfterSeconds()
                        + " seconds");
        problem.setType(RATE_LIMITED);
        problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** Says why and when, never whether the name exists or the password was right. */
    static String alert(long retryAfterSeconds) {
        long minutes = (retryAfterSeconds + 59) / 60;
        String vietnamese = retryAfterSeconds < 60 ? retryAfterSeconds + " giây" : minutes + " phút";
        String english = retryAfterSeconds < 60
                ? retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds")
                : minutes + (minutes == 1 ? " minute" : " minutes");
        return ("<div class=\"alert error\" role=\"alert\">Có quá nhiều lần đăng nhập từ địa chỉ mạng này. Vui lòng"
                        + " thử lại sau %s. · Too many sign-in attempts from this network address. Please try again"
                        + " in %s.</div>")
                .formatted(vietnamese, english);
    }

    private static RequestMatcher browsers() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
