package vn.egov.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Brings a person back to where they were after a sign-in this site asked for (an expired session or token): the
 * page itself for a GET, the page the form was on for a form sent meanwhile (its {@code Referer}, same site only).
 */
@Component
public class ReturnAfterSignIn implements AuthenticationSuccessHandler {

    private static final String RETURN_TO = ReturnAfterSignIn.class.getName() + ".returnTo";

    private final RequestCache requestCache;
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    ReturnAfterSignIn(RequestCache requestCache) {
        this.requestCache = requestCache;
        savedRequest.setRequestCache(requestCache);
    }

    /** Remembers where to come back to, in the (new) session; call before sending the person to sign in. */
    public void remember(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            requestCache.saveRequest(request, response);
            return;
        }
        request.getSession(true).setAttribute(RETURN_TO, sameSitePath(request.getHeader("Referer")));
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object returnTo = session == null ? null : session.getAttribute(RETURN_TO);
        if (returnTo instanceof String path) {
            session.removeAttribute(RETURN_TO);
            requestCache.removeRequest(request, response);
            response.sendRedirect(path);
            return;
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            savedRequest.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        // The saved address is absolute, with the host and port this server saw (behind the gateway, its own):
        // only its path and query are kept, which the browser resolves against the address it uses.
        response.sendRedirect(sameSitePath(saved.getRedirectUrl()));
    }

    /** The path and query of a same-site address; the home page for anything else. */
    static String sameSitePath(@Nullable String referer) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
    }
}
