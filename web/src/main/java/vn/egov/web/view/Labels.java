package vn.egov.web.view;

import java.util.Map;

/** The Vietnamese names of the platform's codes, as the national public-service portal words them. */
public final class Labels {

    private Labels() {}

    /** Dossier statuses (the national portal's codes 1–10). */
    public static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("NEW", "Mới nộp, chờ tiếp nhận"),
            Map.entry("ACCEPTED", "Đã tiếp nhận"),
            Map.entry("NOT_ACCEPTED", "Không tiếp nhận"),
            Map.entry("IN_PROCESSING", "Đang xử lý"),
            Map.entry("SUPPLEMENT_REQUESTED", "Yêu cầu bổ sung"),
            Map.entry("AWAITING_PAYMENT", "Chờ nộp phí, lệ phí"),
            Map.entry("WITHDRAWN", "Đã rút hồ sơ"),
            Map.entry("STOPPED", "Dừng xử lý"),
            Map.entry("PROCESSED", "Đã có kết quả"),
            Map.entry("RESULT_RETURNED", "Đã trả kết quả"));

    /** What happened, for the history timeline. */
    public static final Map<String, String> HISTORY = Map.ofEntries(
            Map.entry("NEW", "Nộp hồ sơ"),
            Map.entry("ACCEPTED", "Tiếp nhận hồ sơ"),
            Map.entry("NOT_ACCEPTED", "Từ chối tiếp nhận"),
            Map.entry("IN_PROCESSING", "Chuyển xử lý"),
            Map.entry("SUPPLEMENT_REQUESTED", "Yêu cầu bổ sung hồ sơ"),
            Map.entry("AWAITING_PAYMENT", "Yêu cầu nộp phí, lệ phí"),
            Map.entry("WITHDRAWN", "Rút hồ sơ"),
            Map.entry("STOPPED", "Dừng xử lý"),
            Map.entry("PROCESSED", "Phê duyệt, có kết quả"),
            Map.entry("RESULT_RETURNED", "Trả kết quả"),
            Map.entry("OVERDUE", "Hồ sơ quá hạn"),
            Map.entry("APOLOGY", "Thư xin lỗi, hẹn lại ngày trả"),
            Map.entry("PAYMENT_NOT_APPLIED", "Khoản thanh toán chưa được ghi nhận"),
            Map.entry("PAYMENT_RECEIVED", "Đã nhận phí, lệ phí"),
            Map.entry("PAYMENT_REFUNDED", "Đã hoàn phí"));

    public static final Map<String, String> AGENCY_LEVEL = Map.of(
            "CITY", "Cấp tỉnh, thành phố",
            "DISTRICT", "Cấp quận, huyện",
            "COMMUNE", "Cấp xã, phường",
            "CENTRAL", "Cơ quan trung ương");

    public static final Map<String, String> SERVICE_LEVEL = Map.of(
            "1", "Mức độ 1",
            "2", "Mức độ 2",
            "3", "Mức độ 3 (một phần trực tuyến)",
            "4", "Mức độ 4 (toàn trình)");

    public static final Map<String, String> DELIVERY = Map.of(
            "ONLINE", "Nhận kết quả trực tuyến",
            "POSTAL", "Nhận qua dịch vụ bưu chính công ích",
            "COUNTER", "Nhận trực tiếp tại Bộ phận Một cửa");

    public static final Map<String, String> NOTIFY =
            Map.of("SMS", "Tin nhắn SMS", "ZALO", "Zalo", "EMAIL", "Thư điện tử (e-mail)");

    public static final Map<String, String> PAYMENT_STATUS = Map.of(
            "CREATED", "Đã tạo",
            "STARTED", "Đang chờ thanh toán",
            "SUCCESS", "Thanh toán thành công",
            "FAILED", "Thanh toán không thành công",
            "ERROR", "Lỗi khi thanh toán");

    public static final Map<String, String> PROVIDER = Map.of(
            "MOMO", "Ví MoMo", "NAPAS", "Thẻ ATM nội địa (NAPAS)", "VIETINBANK", "Chuyển khoản VietQR (VietinBank)");

    public static final Map<String, String> DOCUMENT_FORM = Map.of(
            "ORIGINAL", "Bản chính",
            "COPY", "Bản sao",
            "CERTIFIED_COPY", "Bản sao chứng thực",
            "ELECTRONIC", "Bản điện tử");

    public static final Map<String, String> ROLE =
            Map.of("CITIZEN", "Công dân", "OFFICER", "Cán bộ", "ADMIN", "Quản trị", "SERVICE", "Hệ thống");
}
