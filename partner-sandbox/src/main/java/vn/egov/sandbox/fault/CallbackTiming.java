package vn.egov.sandbox.fault;

/**
 * When a partner's callback reaches the platform relative to the payer coming back to it (MoMo: the browser's 303 to
 * {@code redirectUrl}; VietinBank: the banking app's answer to the payer).
 */
public enum CallbackTiming {
    /** The callback is delivered, and its reply recorded, before the payer is sent back: the usual order. */
    BEFORE_REDIRECT,
    /** The payer is sent back first; the callback follows in the background after a pause. */
    AFTER_REDIRECT
}
