package vn.egov.sandbox.momo.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import vn.egov.sandbox.momo.CreateMomoPayment;
import vn.egov.sandbox.momo.MomoPayPage;

/** MoMo's payment page as plain HTML in Vietnamese, with one form per choice so a script can post it too. */
final class MomoPayPageHtml {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private MomoPayPageHtml() {}

    static String render(MomoPayPage page) {
        String action = CreateMomoPayment.PAY_PAGE_PATH + page.token();
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\">")
                .append("<title>Thanh toán MoMo (sandbox)</title></head>\n<body>\n")
                .append("<h1>Thanh toán bằng Ví MoMo</h1>\n<p><em>Môi trường thử nghiệm (sandbox)</em></p>\n<dl>\n")
                .append(row("Nhà cung cấp", page.storeName() + " (" + page.partnerCode() + ")"))
                .append(row("Mã đơn hàng", page.orderId()))
                .append(row("Nội dung", page.orderInfo()))
                .append("<dt>Số tiền</dt><dd id=\"amount\">")
                .append(NumberFormat.getIntegerInstance(VIETNAMESE).format(page.amount()))
                .append(" ₫</dd>\n</dl>\n");
        if (page.awaitingPayer()) {
            html.append("<p>Đơn hàng hết hạn lúc ")
                    .append(TIME.format(page.expiresAt()))
                    .append(".</p>\n")
                    .append(form(action, "pay", "Thanh toán"))
                    .append(form(action, "cancel", "Hủy"));
        } else {
            html.append("<p id=\"result\" data-result-code=\"")
                    .append(page.code().code())
                    .append("\">")
                    .append(escape(page.message()))
                    .append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String message(String title, String text) {
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>"
                + escape(title) + "</title></head>\n<body>\n<h1>" + escape(title)
                + "</h1>\n<p>" + escape(text) + "</p>\n</body>\n</html>\n";
    }

    private static String row(String label, String value) {
        return "<dt>" + label + "</dt><dd>" + escape(value) + "</dd>\n";
    }

    private static String form(String action, String choice, String label) {
        return "<form method=\"post\" action=\"" + escape(action) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"" + choice + "\">"
                + "<button type=\"submit\">" + label + "</button></form>\n";
    }

    /** Escapes markup only: the page is UTF-8, so Vietnamese letters stay letters rather than entities. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
