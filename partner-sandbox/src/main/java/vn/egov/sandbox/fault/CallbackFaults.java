package vn.egov.sandbox.fault;

import java.util.Objects;

/**
 * What goes wrong with a partner's callbacks (MoMo IPN, VietinBank balance-change notification) until the faults are
 * reset. The partner still records the payment as it really happened; only what it tells the platform changes.
 *
 * @param copies how many times each callback is sent, identical each time (duplicates), 1 to 10
 * @param timing whether the callback comes before or after the payer is sent back
 * @param delayMs how long to hold the callback first (a late callback), 0 to 3 600 000; a delayed callback always
 *     arrives after the payer is sent back
 * @param amountDelta added to the amount the callback reports, which is still signed properly (a wrong amount)
 * @param forgedSignature whether the callback is signed with a key that is not the partner's
 */
public record CallbackFaults(
        int copies, CallbackTiming timing, long delayMs, long amountDelta, boolean forgedSignature) {

    public static final long MAX_DELAY_MS = 3_600_000;
    public static final int MAX_COPIES = 10;

    /** Callbacks as the partner sends them when nothing is wrong. */
    public static final CallbackFaults NONE = new CallbackFaults(1, CallbackTiming.BEFORE_REDIRECT, 0, 0, false);

    public CallbackFaults {
        Objects.requireNonNull(timing, "timing");
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be between 1 and " + MAX_COPIES);
        }
        if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException("delayMs must be between 0 and " + MAX_DELAY_MS);
        }
    }

    /** Whether the callback can be delivered before the payer is sent back, that is, neither late nor after. */
    public boolean deliveredBeforeRedirect() {
        return timing == CallbackTiming.BEFORE_REDIRECT && delayMs == 0;
    }
}
