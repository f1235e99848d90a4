package vn.egov.payment.provider;

/** Whether a callback is the partner's own, and what it says. */
public sealed interface CallbackVerdict {

    /**
     * Signed by the partner with a key we accept.
     *
     * @param result what it says of the order
     * @param needsConfirmation true when the message is only a hint (a browser return, which the payer carries and
     *     could replay): the outcome must be confirmed with {@link PaymentProvider#query} before money is credited
     */
    record Authentic(ProviderResult result, boolean needsConfirmation) implements CallbackVerdict {}

    /**
     * Not believed: forged or missing signature, wrong partner code, malformed body.
     *
     * @param reason why, for the callback log; never shown to the caller beyond the partner's refusal code
     */
    record Refused(String reason) implements CallbackVerdict {}
}
