package vn.egov.identity.login.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import vn.egov.identity.user.LockoutProperties;

/**
 * The sign-in page, in Vietnamese with English below. It posts to Spring Security's form login at {@code /login}
 * with the {@code _csrf} token as a hidden input, which scripted clients (the test helper, {@code token.sh}) read.
 * The login limit's filter shows the same page with its own message ({@link #html}).
 */
@Controller
public class LoginPage {

    private final LockoutProperties lockout;

    LoginPage(LockoutProperties lockout) {
        this.lockout = lockout;
    }

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final String PAGE =
            """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Đăng nhập · Sign in</title>
              <style>
                body { font-family: system-ui, sans-serif; background: #f4f6f8; margin: 0; }
                main { max-width: 22rem; margin: 4rem auto; background: #fff; padding: 2rem;
                       border-radius: .5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
                h1 { font-size: 1.3rem; margin: 0 0 .2rem; color: #b00; }
                p.en { color: #666; margin: 0 0 1.2rem; }
                label { display: block; margin-top: .8rem; }
                input[type=text], input[type=password] { width: 100%%; padding: .5rem; box-sizing: border-box; }
                button { margin-top: 1.2rem; width: 100%%; padding: .6rem; background: #b00; color: #fff;
                         border: 0; border-radius: .3rem; font-size: 1rem; }
                .alert { padding: .6rem; border-radius: .3rem; margin-bottom: .8rem; }
                .error { background: #fde8e8; color: #900; }
                .info { background: #e8f4fd; color: #064; }
              </style>
            </head>
            <body>
            <main>
              <h1>Cổng dịch vụ công · Đăng nhập</h1>
              <p class="en">Public services portal · Sign in</p>
              %s
              <form method="post" action="login">
                <label for="username">Tên đăng nhập · User name</label>
                <input type="text" id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Mật khẩu · Password</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Đăng nhập · Sign in</button>
              </form>
            </main>
            </body>
            </html>
            """;

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(
            CsrfToken csrf,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        String alert = "";
        if (error != null) {
            // One message whatever the reason (unknown name, wrong password, locked, disabled): telling them apart
            // would
            // tell who has an account, or that a password is right.
            alert = ("<div class=\"alert error\" role=\"alert\">Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang"
                            + " bị tạm khóa: sau %d lần đăng nhập sai liên tiếp, tài khoản bị tạm khóa %d phút."
                            + " · Wrong user name or password, or the account is locked: %d failed sign-ins in a row"
                            + " lock it for %d minutes.</div>")
                    .formatted(
                            lockout.maxAttempts(),
                            lockout.duration().toMinutes(),
                            lockout.maxAttempts(),
                            lockout.duration().toMinutes());
        } else if (logout != null) {
            alert = "<div class=\"alert info\">Bạn đã đăng xuất. · You have signed out.</div>";
        }
        return ResponseEntity.ok().contentType(HTML_UTF8).body(html(alert, csrf));
    }

    /**
     * The sign-in page with a message above the form.
     *
     * @param alert the message as HTML (an {@code <div class="alert error">}), already escaped; empty for none
     * @param csrf the request's CSRF token, which the form posts back
     */
    public static String html(String alert, CsrfToken csrf) {
        return PAGE.formatted(
                alert, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
