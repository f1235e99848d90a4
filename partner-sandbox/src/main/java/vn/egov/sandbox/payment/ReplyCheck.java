package vn.egov.sandbox.payment;

/** How a partner judges the signature of the platform's reply to its callback. */
@FunctionalInterface
public interface ReplyCheck {

    /** For partners whose protocol has unsigned replies. */
    ReplyCheck UNSIGNED = (status, body) -> null;

    /**
     * @return whether the reply's signature verifies, or {@code null} when the reply carries none to check
     */
    Boolean verify(int status, String body);
}
