package vn.egov.sandbox.sms;

/**
 * The eSMS {@code CodeResult} values this simulator answers with, and their {@code ErrorMessage}s, from eSMS's
 * public "Bảng mã lỗi" (table of error codes) and the samples on its send-message pages.
 */
public enum EsmsCode {
    ACCEPTED("100", null),
    AUTHORIZE_FAILED("101", "Authorize Failed"),
    BRANDNAME_NOT_EXIST("104", "Brand name code is not exist"),
    PHONE_INVALID("108", "Phone number is not in correct format"),
    UNSUPPORTED_SMS_TYPE("118", "Unsupported message type"),
    DUPLICATE_REQUEST_ID("124", "Request exist 1"),
    /*
     * eSMS documents no code for accented text sent with IsUnicode=0. Customer-care content must match a template
     * registered with the carriers, and those are registered unaccented, so such text is a template mismatch: 146,
     * a permanent refusal that an adapter must not retry.
     */
    WRONG_CUSTOMER_CARE_TEMPLATE("146", "Sai template Brandname CSKH");

    private final String code;
    private final String errorMessage;

    EsmsCode(String code, String errorMessage) {
        this.code = code;
        this.errorMessage = errorMessage;
    }

    /** The {@code CodeResult} string. */
    public String code() {
        return code;
    }

    /** The {@code ErrorMessage}, or {@code null} on success. */
    public String errorMessage() {
        return errorMessage;
    }
}
