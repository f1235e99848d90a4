package vn.egov.sandbox.napas.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import vn.egov.sandbox.napas.NapasCardPage;
import vn.egov.sandbox.napas.NapasResponseCode;

/** The gateway's HTML pages, in Vietnamese: the card page and the error page. */
final class NapasPages {

    static final String CARD_PATH = "/napas/gateway/card/";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private NapasPages() {}

    static String card(NapasCardPage page) {
        StringBuilder html = head("NAPAS - Thanh toán thẻ nội địa")
                .append("<h1>Thanh toán bằng thẻ ATM nội địa (NAPAS sandbox)</h1>\n<dl>\n")
                .append(row("Đơn vị chấp nhận thẻ", page.merchant()))
                .append(row("Mã giao dịch", page.merchTxnRef()))
                .append(row("Nội dung", page.orderInfo()))
                .append("<dt>Số tiền</dt><dd id=\"amount\">")
                .append(NumberFormat.getIntegerInstance(VIETNAMESE).format(page.amount()))
                .append(" VND</dd>\n</dl>\n");
        if (page.awaitingPayer()) {
            String action = CARD_PATH + page.token();
            html.append("<p>Thẻ thử nghiệm: 9704 0000 0000 0018, NGUYEN VAN A, 03/07, OTP 123456.</p>\n")
                    .append(form(action, "pay", "Thanh toán (thành công)"))
                    .append(form(action, "decline", "Thanh toán (thẻ không đủ số dư)"))
                    .append(form(action, "cancel", "Hủy giao dịch"));
        } else {
            html.append("<p id=\"result\">Giao dịch đã kết thúc hoặc đã hết hạn.</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String error(NapasResponseCode code, String detail) {
        return head("NAPAS - Lỗi giao dịch")
                .append("<h1>Giao dịch không thành công</h1>\n<p>Mã lỗi (vpc_ResponseCode): <strong id=\"code\">")
                .append(code.code())
                .append("</strong> - ")
                .append(escape(code.message()))
                .append("</p>\n<p id=\"detail\">")
                .append(escape(detail))
                .append("</p>\n</body>\n</html>\n")
                .toString();
    }

    static String message(String text) {
        return head("NAPAS")
                .append("<p>")
                .append(escape(text))
                .append("</p>\n</body>\n</html>\n")
                .toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title></head>\n<body>\n");
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
