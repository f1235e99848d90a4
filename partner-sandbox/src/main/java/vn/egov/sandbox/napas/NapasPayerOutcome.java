package vn.egov.sandbox.napas;

/**
 * What became of the payer's choice on the card page.
 *
 * @param kind whether the choice was taken
 * @param redirectUrl vpc_ReturnURL with the signed result, or the bare vpc_BackURL after a cancel; {@code null}
 *     unless redirected
 */
public record NapasPayerOutcome(Kind kind, String redirectUrl) {

    public enum Kind {
        REDIRECTED,
        UNKNOWN_ORDER,
        /** The order no longer awaits the payer: already decided, or expired. */
        CLOSED
    }
}
