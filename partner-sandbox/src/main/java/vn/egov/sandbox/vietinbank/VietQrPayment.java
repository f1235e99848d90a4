package vn.egov.sandbox.vietinbank;

/**
 * A citizen's banking app asked to pay a VietQR.
 *
 * @param payload the EMVCo string read from the QR code
 * @param payerAccount the account the payer pays from; {@code null} for the configured one
 */
public record VietQrPayment(String payload, String payerAccount) {}
