package vn.egov.sandbox.momo;

/**
 * What became of the payer's choice on the payment page.
 *
 * @param kind whether the choice was taken
 * @param code the order's result code afterwards; {@code null} for an unknown order
 * @param redirectUrl the merchant's redirectUrl with the result as query parameters; {@code null} unless redirected
 */
public record MomoPayerOutcome(Kind kind, MomoResultCode code, String redirectUrl) {

    public enum Kind {
        /** Paid or cancelled; the IPN is on its way and the browser goes back to the merchant. */
        REDIRECTED,
        /** No order behind the token. */
        UNKNOWN_ORDER,
        /** The order no longer awaits the payer: already paid or cancelled, or expired. */
        CLOSED
    }
}
