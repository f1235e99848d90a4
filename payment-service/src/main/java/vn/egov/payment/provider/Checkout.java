package vn.egov.payment.provider;

/**
 * What the payer needs to pay an order the partner accepted: a page to go to, or a VietQR code to scan with any
 * banking app.
 *
 * @param redirectUrl the partner's payment page (MoMo, NAPAS); null for a QR payment
 * @param qrPayload the EMVCo VietQR payload (VietinBank); null for a redirect
 * @param partnerReference what the partner calls the request, when it differs from our order id (MoMo's requestId)
 */
public record Checkout(String redirectUrl, String qrPayload, String partnerReference) {

    public Checkout {
        if ((redirectUrl == null) == (qrPayload == null)) {
            throw new IllegalArgumentException("a checkout is either a redirect or a QR payload");
        }
    }

    public static Checkout redirect(String url, String partnerReference) {
        return new Checkout(url, null, partnerReference);
    }

    public static Checkout qr(String payload) {
        return new Checkout(null, payload, null);
    }
}
