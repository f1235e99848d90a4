package vn.egov.sandbox.momo;

/** Where a MoMo order stands, as the payer left it; expiry is judged against the clock, see {@link MomoOrder}. */
public enum MomoOrderStatus {
    AWAITING_PAYER,
    PAID,
    CANCELLED
}
