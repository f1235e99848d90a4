package vn.egov.sandbox.zalo;

/**
 * The ZNS {@code error} values this simulator answers with and their {@code message}s, from Zalo Cloud's public
 * "Cách xử lý mã lỗi" (error handling) table.
 */
public enum ZnsCode {
    SUCCESS(0, "Success"),
    UNKNOWN_ERROR(-100, "Unknown error"),
    PHONE_NUMBER_INVALID(-108, "Phone number invalid"),
    TEMPLATE_ID_INVALID(-109, "Template ID invalid"),
    TEMPLATE_DATA_EMPTY(-111, "Template data empty"),
    // Reported by integrators for a template_data that lacks a parameter of the template; sub-code of -112.
    TEMPLATE_DATA_MISSING_PARAMETER(-1122, "Template data missing parameter"),
    ACCESS_TOKEN_INVALID(-124, "Access token invalid");

    private final int error;
    private final String message;

    ZnsCode(int error, String message) {
        this.error = error;
        this.message = message;
    }

    /** The {@code error} number; 0 on success. */
    public int error() {
        return error;
    }

    /** The {@code message}. */
    public String message() {
        return message;
    }
}
