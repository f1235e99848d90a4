package vn.egov.payment.provider;

/** How we handled a callback; each partner turns it into the reply it expects. */
public enum CallbackHandling {
    /** Applied: the payment moved on. */
    APPLIED,
    /** Already applied before (the same message again): nothing changed, the same positive answer. */
    DUPLICATE,
    /** Authentic but not applied (pending, or a payment that can no longer move); kept on record. */
    NOTED,
    /** Authentic but names no order of ours; kept and listed for an officer. */
    UNKNOWN_ORDER,
    /** Authentic but another amount than we asked; kept and listed for an officer, not credited. */
    WRONG_AMOUNT,
    /** Refused: the signature or the message's form. */
    REFUSED,
    /** We failed; the partner should send it again. */
    ERROR
}
