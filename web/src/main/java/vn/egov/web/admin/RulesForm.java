package vn.egov.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.view.FormErrors;

/**
 * The rules of a procedure version as the create and publish forms hold them: every value as typed, so that a form
 * refused comes back as it was sent. Documents and fees are fixed rows ({@link #DOCUMENT_ROWS}, {@link #FEE_ROWS});
 * empty rows are left out. Inputs are named by their ids ({@code documents-1-name}), which are also where the
 * platform's field names ({@code documents[1].name}) point.
 */
public record RulesForm(
        String code,
        String effectiveFrom,
        String name,
        String sector,
        String agencyCode,
        String serviceLevel,
        String processingDays,
        String onlineProcessingDays,
        List<DocumentRow> documents,
        List<FeeRow> fees,
        String resultType,
        String legalBasis,
        List<String> deliveryOptions,
        String cutOffHour) {

    static final int DOCUMENT_ROWS = 6;
    static final int FEE_ROWS = 3;
    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

    /** A document row: its name, form ({@code ORIGINAL}, {@code COPY}, {@code ELECTRONIC}) and count. */
    public record DocumentRow(String name, String form, String count) {}

    /** A fee row: what it is for and the amount in VND. */
    public record FeeRow(String description, String amount) {}

    /** A fee as the catalogue takes it. */
    record FeeBody(String description, long amount) {}

    /** A document as the catalogue takes it. */
    record DocumentBody(String name, String form, int count) {}

    /** An empty form for a new procedure, in force from {@code today}. */
    static RulesForm empty(LocalDate today) {
        return new RulesForm(
                "",
                today.toString(),
                "",
                "",
                "",
                "3",
                "",
                "",
                rows(List.of(), DOCUMENT_ROWS, () -> new DocumentRow("", "ORIGINAL", "1")),
                rows(List.of(), FEE_ROWS, () -> new FeeRow("", "")),
                "",
                "",
                List.of("COUNTER"),
                "");
    }

    /** The rules in force, to change into a new version in force from {@code effectiveFrom}. */
    static RulesForm of(ProcedureDetail procedure, LocalDate effectiveFrom) {
        return new RulesForm(
                procedure.code(),
                effectiveFrom.toString(),
                procedure.name(),
                procedure.sector(),
                procedure.agencyCode(),
                String.valueOf(procedure.serviceLevel()),
                String.valueOf(procedure.processingDays()),
                String.valueOf(procedure.onlineProcessingDays()),
                rows(
                        procedure.documents().stream()
                                .map(d -> new DocumentRow(
                                        d.name(), d.form() == null ? "ORIGINAL" : d.form(), String.valueOf(d.count())))
                                .toList(),
                        DOCUMENT_ROWS,
                        () -> new DocumentRow("", "ORIGINAL", "1")),
                rows(
                        procedure.fees().stream()
                                .map(f -> new FeeRow(f.description(), String.valueOf(f.amount())))
                                .toList(),
                        FEE_ROWS,
                        () -> new FeeRow("", "")),
                procedure.resultType() == null ? "" : procedure.resultType(),
                procedure.legalBasis() == null ? "" : procedure.legalBasis(),
                procedure.deliveryOptions(),
                procedure.cutOffHour() == null ? "" : String.valueOf(procedure.cutOffHour()));
    }

    /** The form as sent. */
    static RulesForm sent(Map<String, String> form, List<String> deliveryOptions) {
        List<DocumentRow> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            documents.add(new DocumentRow(
                    value(form, "documents-" + i + "-name"),
                    value(form, "documents-" + i + "-form"),
                    value(form, "documents-" + i + "-count")));
        }
        List<FeeRow> fees = new ArrayList<>();
        for (int i = 0; i < FEE_ROWS; i++) {
            fees.add(new FeeRow(value(form, "fees-" + i + "-description"), value(form, "fees-" + i + "-amount")));
        }
        return new RulesForm(
                value(form, "code"),
                value(form, "effectiveFrom"),
                value(form, "name"),
                value(form, "sector"),
                value(form, "agencyCode"),
                value(form, "serviceLevel"),
                value(form, "processingDays"),
                value(form, "onlineProcessingDays"),
                documents,
                fees,
                value(form, "resultType"),
                value(form, "legalBasis"),
                List.copyOf(deliveryOptions),
                value(form, "cutOffHour"));
    }

    /**
     * What can be told before asking the catalogue: required values, numbers, dates, the procedure code's shape. The
     * catalogue checks everything again.
     */
    FormErrors check(boolean withCode) {
        FormErrors errors = new FormErrors();
        if (withCode && !CODE.matcher(code).matches()) {
            errors.add("code", "Mã thủ tục", "Mã thủ tục có dạng 1.001193 (mã trên Cơ sở dữ liệu quốc gia).");
        }
        if (date(effectiveFrom) == null) {
            errors.add(
                    "effectiveFrom", "Ngày có hiệu lực", "Ngày có hiệu lực có dạng năm-tháng-ngày, ví dụ 2027-01-01.");
        }
        required(errors, "name", "Tên thủ tục", name);
        required(errors, "sector", "Lĩnh vực", sector);
        required(errors, "agencyCode", "Cơ quan giải quyết", agencyCode);
        Integer level = number(serviceLevel);
        if (level == null || level < 1 || level > 4) {
            errors.add("serviceLevel", "Mức độ", "Chọn mức độ từ 1 đến 4.");
        }
        Integer days = number(processingDays);
        if (days == null || days < 1) {
            errors.add("processingDays", "Thời hạn giải quyết", "Thời hạn là số ngày làm việc, ít nhất 1.");
        }
        Integer online = number(onlineProcessingDays);
        if (!onlineProcessingDays.isBlank() && (online == null || online < 1 || (days != null && online > days))) {
            errors.add(
                    "onlineProcessingDays",
                    "Thời hạn khi nộp trực tuyến",
                    "Từ 1 đến thời hạn giải quyết; để trống để dùng mức giảm mặc định.");
        }
        if (documents.stream().allMatch(row -> row.name().isBlank())) {
            errors.add("documents-0-name", "Thành phần hồ sơ", "Ghi ít nhất một giấy tờ.");
        }
        for (int i = 0; i < documents.size(); i++) {
            DocumentRow row = documents.get(i);
            Integer count = number(row.count());
            if (!row.name().isBlank() && (count == null || count < 1)) {
                errors.add("documents-" + i + "-count", "Số lượng giấy tờ " + (i + 1), "Số lượng ít nhất là 1.");
            }
        }
        for (int i = 0; i < fees.size(); i++) {
            FeeRow row = fees.get(i);
            if (row.description().isBlank() != row.amount().isBlank()) {
                errors.add(
                        row.description().isBlank() ? "fees-" + i + "-description" : "fees-" + i + "-amount",
                        "Phí, lệ phí " + (i + 1),
                        "Ghi cả nội dung và số tiền, hoặc để trống cả hai.");
            } else if (!row.amount().isBlank() && amount(row.amount()) == null) {
                errors.add("fees-" + i + "-amount", "Số tiền " + (i + 1), "Số tiền là số nguyên đồng, ví dụ 200000.");
            }
        }
        required(errors, "resultType", "Kết quả", resultType);
        required(errors, "legalBasis", "Căn cứ pháp lý", legalBasis);
        if (deliveryOptions.isEmpty()) {
            errors.add("deliveryOptions-COUNTER", "Hình thức trả kết quả", "Chọn ít nhất một hình thức.");
        } else if (deliveryOptions.contains("ONLINE") && level != null && level != 4) {
            errors.add("deliveryOptions-ONLINE", "Hình thức trả kết quả", "Trả kết quả trực tuyến chỉ có ở mức độ 4.");
        }
        Integer hour = number(cutOffHour);
        if (!cutOffHour.isBlank() && (hour == null || hour < 0 || hour > 23)) {
            errors.add("cutOffHour", "Giờ tiếp nhận cuối ngày", "Giờ từ 0 đến 23, hoặc để trống.");
        }
        return errors;
    }

    /** The body of {@code POST /api/catalogue/procedures} or {@code …/versions}; only call after {@link #check}. */
    Map<String, Object> body(@Nullable Integer version, String agencyLevel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("version", version);
        body.put("effectiveFrom", effectiveFrom);
        body.put("name", name);
        body.put("sector", sector);
        body.put("agencyCode", agencyCode);
        body.put("agencyLevel", agencyLevel);
        body.put("serviceLevel", number(serviceLevel));
        body.put("processingDays", number(processingDays));
        body.put("onlineProcessingDays", number(onlineProcessingDays));
        body.put(
                "fees",
                fees.stream()
                        .filter(row -> !row.description().isBlank())
                        .map(row -> new FeeBody(row.description(), amount(row.amount())))
                        .toList());
        body.put(
                "documents",
                documents.stream()
                        .filter(row -> !row.name().isBlank())
                        .map(row -> new DocumentBody(row.name(), row.form(), number(row.count())))
                        .toList());
        body.put("resultType", resultType);
        body.put("legalBasis", legalBasis);
        body.put("deliveryOptions", deliveryOptions);
        body.put("cutOffHour", number(cutOffHour));
        return body;
    }

    /**
     * The input a field the catalogue names is on: {@code documents[1].name} is on {@code documents-1-name}. Rows
     * left empty are not sent, so the catalogue's row numbers count only the filled ones.
     */
    String inputOf(String field) {
        boolean document = field.startsWith("documents[");
        if (document || field.startsWith("fees[")) {
            int sent = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
            String member = field.contains("].") ? field.substring(field.indexOf("].") + 2) : "";
            List<Integer> filled = new ArrayList<>();
            for (int row = 0; row < (document ? documents.size() : fees.size()); row++) {
                if (document
                        ? !documents.get(row).name().isBlank()
                        : !fees.get(row).description().isBlank()) {
                    filled.add(row);
                }
            }
            int row = sent < filled.size() ? filled.get(sent) : 0;
            String prefix = document ? "documents-" : "fees-";
            return prefix + row + "-" + (member.isEmpty() ? (document ? "name" : "description") : member);
        }
        return switch (field) {
            case "documents" -> "documents-0-name";
            case "fees" -> "fees-0-description";
            case "deliveryOptions" -> "deliveryOptions-COUNTER";
            case "agencyLevel" -> "agencyCode";
            default -> field;
        };
    }

    private static <T> List<T> rows(List<T> given, int size, java.util.function.Supplier<T> empty) {
        List<T> rows = new ArrayList<>(given);
        while (rows.size() < Math.max(size, given.size())) {
            rows.add(empty.get());
        }
        return rows;
    }

    private static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }

    private static void required(FormErrors errors, String field, String label, String value) {
        if (value.isBlank()) {
            errors.add(field, label, "Vui lòng nhập " + label.toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable Integer number(String value) {
        return value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
    }

    private static @Nullable Long amount(String value) {
        String digits = value.replaceAll("[.\\s]", "");
        return digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null;
    }
}
