package vn.egov.web.error;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The error pages, each with its status, its title and what the person can do. */
enum ErrorPage {
    NOT_FOUND(
            HttpStatus.NOT_FOUND,
            "Không tìm thấy trang",
            "Trang hoặc hồ sơ bạn tìm không tồn tại, hoặc đường dẫn đã thay đổi. Hãy kiểm tra lại mã đã nhập."),
    FORBIDDEN(
            HttpStatus.FORBIDDEN,
            "Bạn không có quyền xem trang này",
            "Trang này dành cho người dùng khác. Nếu bạn vừa đăng nhập bằng tài khoản khác, hãy đăng xuất rồi đăng nhập"
                    + " lại bằng tài khoản phù hợp."),
    CONFLICT(
            HttpStatus.CONFLICT,
            "Không thực hiện được thao tác",
            "Hồ sơ vừa được cập nhật nên thao tác này không còn phù hợp. Hãy tải lại trang để xem tình trạng mới nhất."),
    REFUSED(
            HttpStatus.BAD_REQUEST,
            "Yêu cầu không hợp lệ",
            "Hệ thống không chấp nhận yêu cầu này. Hãy quay lại trang trước và kiểm tra thông tin đã nhập."),
    BAD_REQUEST(
            HttpStatus.BAD_REQUEST,
            "Yêu cầu không hợp lệ",
            "Đường dẫn hoặc thông tin gửi lên không đúng. Hãy quay lại trang trước và thử lại."),
    TOO_LARGE(
            HttpStatus.CONTENT_TOO_LARGE,
            "Tệp tải lên quá lớn",
            "Mỗi tệp được tối đa 10 MB và tổng dung lượng một lần gửi tối đa 20 MB. Hãy quay lại, chọn tệp nhỏ hơn"
                    + " (ví dụ bản chụp có độ phân giải thấp hơn) và gửi lại."),
    UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Dịch vụ tạm thời gián đoạn",
            "Hệ thống đang bận hoặc đang bảo trì nên chưa thực hiện được yêu cầu của bạn. Thông tin bạn đã gửi trước đó"
                    + " không bị mất. Vui lòng thử lại sau ít phút."),
    INTERNAL(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Đã có lỗi xảy ra",
            "Hệ thống gặp sự cố khi hiển thị trang này. Vui lòng thử lại sau ít phút.");

    private final HttpStatus status;
    private final String title;
    private final String message;

    ErrorPage(HttpStatus status, String title, String message) {
        this.status = status;
        this.title = title;
        this.message = message;
    }

    ModelAndView view(String correlationId, HttpServletResponse response) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("title", title);
        view.addObject("message", message);
        view.addObject("correlationId", correlationId);
        return view;
    }

    static ErrorPage forStatus(int status) {
        return switch (status) {
            case 404, 405 -> NOT_FOUND;
            case 403 -> FORBIDDEN;
            case 413 -> TOO_LARGE;
            case 400 -> BAD_REQUEST;
            case 503, 502, 504 -> UNAVAILABLE;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL;
        };
    }
}
