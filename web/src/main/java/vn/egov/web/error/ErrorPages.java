package vn.egov.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.Correlation;
import vn.egov.web.platform.PlatformUnavailable;
import vn.egov.web.platform.SignInRequired;
import vn.egov.web.security.AccessTokens;
import vn.egov.web.security.ReturnAfterSignIn;

/**
 * What a person sees when a page cannot be shown: a Vietnamese page that says what happened and what to do, with the
 * correlation id to quote to the help desk; never a stack trace or the platform's own words. A token that expired or
 * was refused sends the person to sign in again and back to the page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final AccessTokens tokens;
    private final ReturnAfterSignIn returnAfterSignIn;

    ErrorPages(AccessTokens tokens, ReturnAfterSignIn returnAfterSignIn) {
        this.tokens = tokens;
        this.returnAfterSignIn = returnAfterSignIn;
    }

    @ExceptionHandler(PlatformUnavailable.class)
    ModelAndView unavailable(PlatformUnavailable e, HttpServletResponse response) {
        log.warn("Page not shown, the platform did not answer: {}", e.getMessage());
        return ErrorPage.UNAVAILABLE.view(e.correlationId(), response);
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem e, HttpServletResponse response) {
        ErrorPage page =
                switch (e.status()) {
                    case 404 -> ErrorPage.NOT_FOUND;
                    case 403 -> ErrorPage.FORBIDDEN;
                    case 409, 422 -> ErrorPage.CONFLICT;
                    default -> ErrorPage.REFUSED;
                };
        return page.view(e.correlationId(), response);
    }

    /**
     * Sign in again and come back. A token the platform refused right after signing in would only be refused again:
     * that is shown as an error instead of sending the browser round in circles.
     */
    @ExceptionHandler(SignInRequired.class)
    ModelAndView signInAgain(SignInRequired e, HttpServletRequest request, HttpServletResponse response) {
        boolean justSignedIn = tokens.issuedAt()
                .map(issued -> issued.isAfter(Instant.now().minusSeconds(30)))
                .orElse(false);
        if (e.refusedByPlatform() && justSignedIn) {
            log.error("The platform refused a token issued moments ago: {}", e.getMessage());
            return ErrorPage.UNAVAILABLE.view(Correlation.current(), response);
        }
        log.info("Signing in again: {}", e.getMessage());
        tokens.forget(request, response);
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        returnAfterSignIn.remember(request, response);
        return new ModelAndView("redirect:/oauth2/authorization/egov");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
        return ErrorPage.TOO_LARGE.view(Correlation.current(), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            ErrorPage page = known.getStatusCode().value() == 404 ? ErrorPage.NOT_FOUND : ErrorPage.BAD_REQUEST;
            ModelAndView view = page.view(Correlation.current(), response);
            view.setStatus(known.getStatusCode());
            return view;
        }
        log.error("Page failed", e);
        return ErrorPage.INTERNAL.view(Correlation.current(), response);
    }
}
