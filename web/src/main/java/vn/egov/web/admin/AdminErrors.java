package vn.egov.web.admin;

import java.util.Map;
import java.util.function.UnaryOperator;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.view.FormErrors;

/**
 * The catalogue's and the calendar's refusals in Vietnamese, each on the input of the field it names. The platform
 * words its field errors in English for developers; the page says what to change.
 */
final class AdminErrors {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("code", "Mã thủ tục"),
            Map.entry("effectiveFrom", "Ngày có hiệu lực"),
            Map.entry("name", "Tên"),
            Map.entry("sector", "Lĩnh vực"),
            Map.entry("agencyCode", "Cơ quan giải quyết"),
            Map.entry("serviceLevel", "Mức độ"),
            Map.entry("processingDays", "Thời hạn giải quyết"),
            Map.entry("onlineProcessingDays", "Thời hạn khi nộp trực tuyến"),
            Map.entry("resultType", "Kết quả"),
            Map.entry("legalBasis", "Căn cứ pháp lý"),
            Map.entry("deliveryOptions-COUNTER", "Hình thức trả kết quả"),
            Map.entry("deliveryOptions-ONLINE", "Hình thức trả kết quả"),
            Map.entry("cutOffHour", "Giờ tiếp nhận cuối ngày"),
            Map.entry("justification", "Lý do"),
            Map.entry("reason", "Lý do"),
            Map.entry("date", "Ngày"),
            Map.entry("kind", "Loại ngày"));

    private AdminErrors() {}

    /**
     * The problem's field errors on the inputs {@code input} maps them to; a refusal without fields (a stale version,
     * a retired procedure) as an error of the whole form.
     */
    static FormErrors of(ApiProblem problem, UnaryOperator<String> input) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldProblem field : problem.errors()) {
            String id = input.apply(field.field());
            errors.add(id, label(id), message(field.field(), field.message()));
        }
        switch (problem.slug()) {
            case "stale-version" ->
                errors.addGlobal("Thủ tục vừa được người khác thay đổi. Hãy tải lại trang để xem phiên bản mới nhất"
                        + " rồi làm lại.");
            case "procedure-retired" -> errors.addGlobal("Thủ tục đã bãi bỏ, không thay đổi được nữa.");
            case "promotion-rule-not-met" ->
                errors.add(
                        "serviceLevel",
                        "Mức độ",
                        "Thủ tục chưa đủ điều kiện nâng lên mức độ này (xem điều kiện ở trên). Muốn nâng vẫn nâng,"
                                + " hãy đánh dấu “Nâng mức độ dù chưa đủ điều kiện” và ghi lý do.");
            case "forbidden" -> errors.addGlobal("Tài khoản của bạn không có quyền quản trị danh mục.");
            default -> {
                if (errors.isEmpty()) {
                    errors.addGlobal(
                            "Nền tảng không nhận thay đổi này (mã tra cứu lỗi " + problem.correlationId() + ").");
                }
            }
        }
        return errors;
    }

    private static String label(String id) {
        if (id.startsWith("documents-")) {
            return "Giấy tờ " + (Integer.parseInt(id.split("-")[1]) + 1);
        }
        if (id.startsWith("fees-")) {
            return "Phí, lệ phí " + (Integer.parseInt(id.split("-")[1]) + 1);
        }
        return LABELS.getOrDefault(id, id);
    }

    private static String message(String field, String english) {
        if (field.equals("code") && english.contains("exists")) {
            return "Đã có thủ tục mang mã này trong danh mục.";
        }
        if (field.equals("effectiveFrom")) {
            return "Ngày có hiệu lực phải từ hôm nay trở đi và sau ngày hiệu lực của phiên bản đang có.";
        }
        if (field.equals("agencyCode") || field.equals("agencyLevel")) {
            return "Chọn một cơ quan có trong danh sách.";
        }
        if (field.equals("deliveryOptions") && english.contains("level 4")) {
            return "Trả kết quả trực tuyến chỉ có ở mức độ 4.";
        }
        if (field.equals("serviceLevel") && english.contains("already")) {
            return "Thủ tục đang ở mức độ này.";
        }
        if (field.equals("justification")) {
            return "Ghi lý do khi nâng mức độ dù chưa đủ điều kiện.";
        }
        if (field.equals("kind") && english.contains("weekend")) {
            return "Ngày này là thứ Bảy hoặc Chủ nhật, vốn đã được nghỉ.";
        }
        if (field.equals("kind") && english.contains("weekday")) {
            return "Ngày này là ngày thường, vốn đã là ngày làm việc.";
        }
        if (english.contains("blank") || english.contains("required")) {
            return "Vui lòng nhập thông tin này.";
        }
        return "Giá trị chưa hợp lệ.";
    }
}
