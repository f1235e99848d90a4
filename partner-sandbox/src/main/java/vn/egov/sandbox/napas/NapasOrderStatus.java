package vn.egov.sandbox.napas;

/** Where a NAPAS order stands, as the payer left it; expiry is judged against the clock, see {@link NapasOrder}. */
public enum NapasOrderStatus {
    AWAITING_PAYER,
    PAID,
    DECLINED,
    /** The payer left the card page with "cancel": NAPAS records no result, the order just expires. */
    CANCELLED
}
