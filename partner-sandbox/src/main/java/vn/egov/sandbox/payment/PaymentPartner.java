package vn.egov.sandbox.payment;

/** A payment partner the sandbox simulates. */
public enum PaymentPartner {
    /** MoMo e-wallet, AIO v2 captureWallet. */
    MOMO,
    /** NAPAS domestic cards, classic ECOM {@code vpc_} gateway. */
    NAPAS,
    /** VietinBank collection account credited by a VietQR bank transfer. */
    VIETINBANK
}
