package vn.egov.sandbox.napas;

/** The NAPAS response codes the simulator uses, with the gateway's message for each. */
public enum NapasResponseCode {
    SUCCESS("0", "Approved"),
    /** Used by the sandbox for a request missing a field or with a malformed one. */
    REJECTED("1", "Transaction rejected: invalid request"),
    EXPIRED("3", "Transaction expired"),
    INSUFFICIENT_FUNDS("7", "Insufficient funds"),
    BAD_CHECKSUM("8", "Invalid checksum"),
    AMOUNT_LIMIT("12", "Amount exceeds the limit"),
    ORDER_NOT_FOUND("31", "Order not found"),
    DUPLICATE_ORDER("33", "Duplicate order");

    private final String code;
    private final String message;

    NapasResponseCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The code as it travels in vpc_ResponseCode and vpc_TxnResponseCode. */
    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
