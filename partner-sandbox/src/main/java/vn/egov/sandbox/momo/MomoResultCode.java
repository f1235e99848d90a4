package vn.egov.sandbox.momo;

/** The MoMo result codes the simulator answers with, and MoMo's messages for them in Vietnamese and English. */
public enum MomoResultCode {
    SUCCESS(0, "Thành công.", "Successful."),
    MERCHANT_AUTHENTICATION_FAILED(13, "Xác thực doanh nghiệp thất bại.", "Merchant authentication failed."),
    BAD_FORMAT(20, "Yêu cầu sai định dạng.", "Bad format request."),
    AMOUNT_OUT_OF_RANGE(22, "Số tiền giao dịch không hợp lệ.", "The transaction amount is out of range."),
    DUPLICATED_ORDER_ID(41, "OrderId bị trùng.", "Duplicated orderId."),
    ORDER_NOT_FOUND(42, "OrderId không hợp lệ hoặc không được tìm thấy.", "Invalid orderId or orderId is not found."),
    AWAITING_PAYER(
            1000,
            "Giao dịch đã được khởi tạo, chờ người dùng xác nhận thanh toán.",
            "Transaction initiated, waiting for user confirmation."),
    EXPIRED(
            1005,
            "Giao dịch thất bại do url hoặc QR code đã hết hạn.",
            "Transaction failed because the url or QR code expired."),
    CANCELLED_BY_USER(
            1006,
            "Giao dịch thất bại do người dùng đã từ chối xác nhận thanh toán.",
            "Transaction failed because user has denied to confirm the payment."),
    REFUND_EXCEEDS_REFUNDABLE(
            1080,
            "Giao dịch hoàn tiền bị từ chối: số tiền hoàn vượt quá số tiền có thể hoàn.",
            "Refund rejected: the amount exceeds what can be refunded.");

    private final int code;
    private final String vietnamese;
    private final String english;

    MomoResultCode(int code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public int code() {
        return code;
    }

    /** The message in the request's {@code lang}: {@code en} for English, Vietnamese otherwise (MoMo's default). */
    public String message(String lang) {
        return "en".equals(lang) ? english : vietnamese;
    }
}
