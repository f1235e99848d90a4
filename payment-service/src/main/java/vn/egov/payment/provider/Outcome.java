package vn.egov.payment.provider;

/** What a partner says became of an order. */
public enum Outcome {
    /** Paid: the money moved. */
    SUCCEEDED,
    /** The payer's bank or wallet refused (funds, limits, wrong OTP). */
    DECLINED,
    /** The payer cancelled on the partner's page. */
    CANCELLED,
    /** Not paid in time. */
    EXPIRED,
    /** Not decided yet: the payer has not finished. */
    PENDING,
    /** The partner knows no such order. */
    NOT_FOUND,
    /** The partner reports an error of its own. */
    ERROR;

    /** True when the order can no longer change at the partner. */
    public boolean isFinal() {
        return this != PENDING && this != NOT_FOUND;
    }
}
