package vn.egov.web.submission;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.view.FormErrors;

/**
 * The platform's refusals of a submission, in Vietnamese and next to the field they concern. The platform names a
 * field by its JSON path ({@code applicant.phone}, {@code documents[2]}) and explains in English for developers;
 * the person reads what to put right, on the input with that id.
 */
final class SubmissionErrors {

    static final Map<String, String> LABELS = Map.of(
            "fullName", "Họ và tên",
            "idNumber", "Số định danh cá nhân",
            "phone", "Số điện thoại di động",
            "email", "Thư điện tử",
            "address", "Địa chỉ liên hệ",
            "delivery", "Hình thức nhận kết quả",
            "notify", "Nhận thông báo qua",
            "declaration", "Lời cam đoan");

    private SubmissionErrors() {}

    /** The input id of a document's file. */
    static String fileField(String documentCode) {
        return "tep-" + documentCode;
    }

    /** The id the error summary links to for a field: the first option of a group of radios or checkboxes. */
    static String anchor(String field) {
        return switch (field) {
            case "delivery" -> "delivery-0";
            case "notify" -> "notify-0";
            default -> field;
        };
    }

    static void add(FormErrors errors, String field, String message) {
        errors.add(anchor(field), LABELS.getOrDefault(field, field), message);
    }

    /**
     * The errors of a refused submission.
     *
     * @param sentDocuments the document codes in the order they were sent, to name {@code documents[i]}
     */
    static FormErrors of(ApiProblem problem, ProcedureDetail procedure, List<String> sentDocuments) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = error.field().startsWith("applicant.")
                    ? error.field().substring("applicant.".length())
                    : error.field();
            if (field.startsWith("documents[")) {
                documentIndex(field)
                        .filter(i -> i < sentDocuments.size())
                        .map(sentDocuments::get)
                        .ifPresentOrElse(
                                code -> errors.add(
                                        fileField(code),
                                        documentName(procedure, code),
                                        "Tệp đã tải lên không dùng được cho giấy tờ này. Vui lòng chọn lại tệp."),
                                () -> errors.addGlobal(
                                        "Một tệp đã tải lên không dùng được. Vui lòng chọn lại các tệp."));
            } else if (LABELS.containsKey(field)) {
                add(errors, field, message(field, error.message()));
            }
        }
        for (String code : problem.missing()) {
            errors.add(fileField(code), documentName(procedure, code), "Vui lòng chọn tệp cho giấy tờ này.");
        }
        if (errors.isEmpty()) {
            errors.addGlobal(whole(problem));
        }
        return errors;
    }

    /** Why an upload was refused. */
    static String upload(ApiProblem problem) {
        return switch (problem.slug()) {
            case "unsupported-attachment-type" -> "Chỉ nhận tệp PDF, JPG hoặc PNG. Tệp đã chọn có định dạng khác.";
            case "attachment-too-large", "payload-too-large" -> "Tệp quá lớn: mỗi tệp tối đa 10 MB.";
            default -> "Không tải lên được tệp này. Vui lòng chọn lại tệp.";
        };
    }

    /** The Vietnamese explanation of a field the platform refused, from its (English) message. */
    static String message(String field, String platformMessage) {
        String said = platformMessage == null ? "" : platformMessage.toLowerCase(Locale.ROOT);
        boolean missing = said.contains("blank")
                || said.contains("empty")
                || said.contains("null")
                || said.contains("is required")
                || said.contains("missing");
        boolean tooLong = said.contains("size must") || said.contains("at most");
        return switch (field) {
            case "fullName" ->
                missing
                        ? "Vui lòng nhập họ và tên."
                        : tooLong ? "Họ và tên dài quá 200 ký tự." : "Họ và tên không hợp lệ.";
            case "idNumber" ->
                missing
                        ? "Vui lòng nhập số định danh cá nhân."
                        : "Số định danh cá nhân gồm đúng 12 chữ số, in trên thẻ Căn cước.";
            case "phone" ->
                missing
                        ? "Vui lòng nhập số điện thoại di động."
                        : "Số điện thoại di động không đúng. Hãy nhập số di động Việt Nam, ví dụ 0905123456.";
            case "email" ->
                said.contains("email notifications")
                        ? "Vui lòng nhập thư điện tử để nhận thông báo qua thư điện tử."
                        : "Địa chỉ thư điện tử không đúng, ví dụ ten@example.vn.";
            case "address" ->
                missing
                        ? "Vui lòng nhập địa chỉ liên hệ."
                        : tooLong ? "Địa chỉ dài quá 500 ký tự." : "Địa chỉ không hợp lệ.";
            case "delivery" -> "Vui lòng chọn một hình thức nhận kết quả mà thủ tục này có.";
            case "notify" -> "Vui lòng chọn ít nhất một cách nhận thông báo.";
            default -> "Thông tin chưa đúng.";
        };
    }

    private static String whole(ApiProblem problem) {
        return switch (problem.slug()) {
            case "procedure-not-online" ->
                "Thủ tục này chưa nhận hồ sơ trực tuyến. Vui lòng nộp tại Bộ phận Một cửa của cơ quan thực hiện.";
            case "unknown-procedure" -> "Thủ tục này không còn được áp dụng.";
            case "idempotency-key-reused", "submission-in-progress" ->
                "Biểu mẫu này vừa được gửi. Vui lòng kiểm tra mục “Hồ sơ của tôi” trước khi gửi lại.";
            default ->
                "Hệ thống chưa nhận hồ sơ. Vui lòng kiểm tra thông tin và gửi lại. Mã tra cứu lỗi: "
                        + problem.correlationId() + ".";
        };
    }

    private static Optional<Integer> documentIndex(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        try {
            return Optional.of(Integer.parseInt(field.substring(open + 1, close)));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static String documentName(ProcedureDetail procedure, String code) {
        return procedure.documents().stream()
                .filter(document -> document.code().equals(code))
                .map(ProcedureDetail.Document::name)
                .findFirst()
                .orElse("Giấy tờ " + code);
    }
}
