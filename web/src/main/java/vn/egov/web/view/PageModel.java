package vn.egov.web.view;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.egov.web.security.AccessTokens;
import vn.egov.web.security.SignedInUser;

/** What every page's layout needs: who is signed in, and which section of the site the page belongs to. */
@ControllerAdvice
class PageModel {

    @ModelAttribute("user")
    @Nullable
    SignedInUser user() {
        return AccessTokens.signedInUser().orElse(null);
    }

    /** The first segment of the path, to mark the current section in the menu ({@code aria-current}). */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || path.length() <= 1) {
            return "home";
        }
        int slash = path.indexOf('/', 1);
        return slash < 0 ? path.substring(1) : path.substring(1, slash);
    }
}
