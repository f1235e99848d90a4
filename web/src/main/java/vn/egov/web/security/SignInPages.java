package vn.egov.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.egov.web.platform.Correlation;

/** "Đăng nhập" in the header, and the page shown when the identity provider refused or failed a sign-in. */
@Controller
class SignInPages {

    /** Reached once signed in (the security filters send visitors to the identity provider first). */
    @GetMapping("/dang-nhap")
    String signedIn() {
        return AccessTokens.signedInUser()
                .map(user -> user.isOfficer()
                        ? "redirect:/can-bo"
                        : user.isCitizen()
                                ? "redirect:/ho-so"
                                : user.isAdmin() ? "redirect:/quan-tri/thu-tuc" : "redirect:/")
                .orElse("redirect:/");
    }

    @GetMapping("/dang-nhap-loi")
    String failed(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("status", 401);
        model.addAttribute("title", "Đăng nhập không thành công");
        model.addAttribute(
                "message",
                "Chưa đăng nhập được vào Cổng Dịch vụ công. Vui lòng thử lại; nếu vẫn không được, hãy liên hệ đường dây"
                        + " nóng.");
        model.addAttribute("correlationId", Correlation.current());
        model.addAttribute("retry", true);
        return "error";
    }
}
