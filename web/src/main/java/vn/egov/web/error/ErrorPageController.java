package vn.egov.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.egov.web.platform.Correlation;

/**
 * The error page for what never reached a controller: an unknown address, a refusal by the security filters, a
 * failure while rendering. Same page, same words as {@link ErrorPages}.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        ModelAndView view = ErrorPage.forStatus(status).view(Correlation.current(), response);
        if (status == 405) {
            view.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return view;
    }
}
