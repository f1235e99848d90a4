package vn.egov.payment.payment;

/** Why a payment failed; the names are those of {@code vn.egov.payment.failed}'s {@code reason}. */
public enum FailureReason {
    DECLINED,
    EXPIRED,
    CANCELLED
}
