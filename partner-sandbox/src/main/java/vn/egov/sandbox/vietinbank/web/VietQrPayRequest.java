package vn.egov.sandbox.vietinbank.web;

import vn.egov.sandbox.vietinbank.VietQrPayment;

/**
 * Body of {@code POST /sandbox/vietqr/pay}.
 *
 * @param payload the EMVCo string of the QR code
 * @param payerAccount the account to pay from; optional
 */
record VietQrPayRequest(String payload, String payerAccount) {

    VietQrPayment toPayment() {
        return new VietQrPayment(payload, payerAccount);
    }
}
