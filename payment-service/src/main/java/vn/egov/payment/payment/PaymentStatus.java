package vn.egov.payment.payment;

/**
 * States of a payment, as GOV.UK Pay's: {@code CREATED → STARTED → SUCCESS | FAILED | ERROR}. {@code SUCCESS},
 * {@code FAILED} and {@code ERROR} are final: no message, however late or repeated, moves a payment back.
 */
public enum PaymentStatus {
    /** Recorded; the partner has not been asked yet. */
    CREATED,
    /** The partner accepted the order; the payer is paying. */
    STARTED,
    /** The partner confirmed the money moved. */
    SUCCESS,
    /** Ended without money moving: see {@link FailureReason}. */
    FAILED,
    /** The partner refused the order or could not be reached when it was created. */
    ERROR;

    public boolean isFinal() {
        return this == SUCCESS || this == FAILED || this == ERROR;
    }
}
