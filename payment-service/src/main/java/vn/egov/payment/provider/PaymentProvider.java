package vn.egov.payment.provider;

import java.time.LocalDate;
import java.util.List;

/**
 * A payment partner, spoken to in its own published protocol. Implementations are Spring beans; {@link
 * PaymentProviders} finds them by {@link #code()}. They hold no state of their own: what they learn goes back to the
 * caller, which records it.
 *
 * <p>Contract shared by every adapter:
 *
 * <ul>
 *   <li>{@link #verify} is the first thing done with a callback: it checks the partner's signature over the raw
 *       message in constant time and never throws for malformed, forged or unknown input; it answers {@link
 *       CallbackVerdict.Refused} with the reason instead.
 *   <li>{@link #start}, {@link #query} and {@link #refund} call the partner over HTTP with the partner's own
 *       signature, and throw {@link ProviderUnavailable} when it cannot be reached or answers garbage, so that the
 *       caller can retry later; a refusal the partner states is a normal result, not an exception.
 *   <li>{@link #reply} builds what the partner expects back for every verdict, duplicates included.
 * </ul>
 */
public interface PaymentProvider {

    /** The provider's code in the API, the configuration and the events: {@code MOMO}, {@code NAPAS}, ... */
    String code();

    /** Creates the order at the partner: where the payer's browser goes, or the QR code the payer scans. */
    Checkout start(ProviderOrder order);

    /** Asks the partner what became of an order (reconciliation, and confirming a browser return). */
    ProviderResult query(ProviderOrder order);

    /** Reads a callback of the partner: signature first, then its fields. */
    CallbackVerdict verify(InboundCallback callback);

    /** What the partner expects in answer to a callback, for the way it was handled. */
    CallbackReply reply(InboundCallback callback, CallbackVerdict verdict, CallbackHandling handling);

    /** Gives a paid amount back to the payer. */
    RefundResult refund(RefundOrder refund);

    /**
     * The partner's record of the day, for the daily reconciliation: by default each of our orders of the day asked
     * for one by one; a partner with a statement (VietinBank) answers with every transfer it has, including those that
     * match none of ours.
     */
    default List<ProviderResult> statement(LocalDate day, List<ProviderOrder> ourOrders) {
        return ourOrders.stream().map(this::query).toList();
    }
}
