package vn.egov.sandbox.napas;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sandbox.payment.PaymentPartner;
import vn.egov.sandbox.payment.SimulatedPayment;
import vn.egov.sandbox.payment.SimulatedRefund;
import vn.egov.sandbox.payment.Vnd;

/**
 * An order the NAPAS gateway accepted: the payer pays, is declined or cancels once, before it expires; a paid order
 * can be refunded up to its amount. Safe to use from concurrent requests.
 */
public class NapasOrder {

    private final NapasPayRequest request;
    private final String token;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime expiresAt;
    private final List<NapasRefund> refunds = new ArrayList<>();
    private NapasOrderStatus status = NapasOrderStatus.AWAITING_PAYER;
    private String transactionNo;
    private OffsetDateTime updatedAt;

    public NapasOrder(NapasPayRequest request, String token, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.token = Objects.requireNonNull(token, "token");
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.updatedAt = createdAt;
    }

    public NapasPayRequest request() {
        return request;
    }

    public String token() {
        return token;
    }

    public synchronized String transactionNo() {
        return transactionNo;
    }

    /** Whether the payer can still act on the card page. */
    public synchronized boolean awaitsPayer(OffsetDateTime now) {
        return status == NapasOrderStatus.AWAITING_PAYER && now.isBefore(expiresAt);
    }

    /** The payer pays with a card that has the funds. */
    public synchronized void pay(String newTransactionNo, OffsetDateTime at) {
        close(NapasOrderStatus.PAID, newTransactionNo, at);
    }

    /** The payer's card is declined for insufficient funds. */
    public synchronized void decline(String newTransactionNo, OffsetDateTime at) {
        close(NapasOrderStatus.DECLINED, newTransactionNo, at);
    }

    /** The payer leaves the card page with "cancel". */
    public synchronized void cancel(OffsetDateTime at) {
        close(NapasOrderStatus.CANCELLED, null, at);
    }

    private void close(NapasOrderStatus outcome, String newTransactionNo, OffsetDateTime at) {
        if (!awaitsPayer(at)) {
            throw new IllegalStateException("order " + request.merchTxnRef() + " no longer awaits the payer");
        }
        status = outcome;
        transactionNo = newTransactionNo;
        updatedAt = at;
    }

    /**
     * The transaction's result as queryDR reports it: none ({@code vpc_DRExists=N}) while the payer may still act,
     * 0 paid, 7 declined, 3 once expired unpaid (cancelled included).
     */
    public synchronized Optional<NapasResponseCode> result(OffsetDateTime now) {
        return switch (status) {
            case PAID -> Optional.of(NapasResponseCode.SUCCESS);
            case DECLINED -> Optional.of(NapasResponseCode.INSUFFICIENT_FUNDS);
            case AWAITING_PAYER, CANCELLED ->
                now.isBefore(expiresAt) ? Optional.empty() : Optional.of(NapasResponseCode.EXPIRED);
        };
    }

    /** What can still be refunded: the amount of a paid order less its refunds, nothing otherwise. */
    public synchronized Vnd refundable() {
        if (status != NapasOrderStatus.PAID) {
            return Vnd.ZERO;
        }
        return request.amount().minus(refunds.stream().map(NapasRefund::amount).reduce(Vnd.ZERO, Vnd::plus));
    }

    /** Refunds part or all of what is left. */
    public synchronized NapasRefund refund(String merchTxnRef, Vnd amount, String refundNo, OffsetDateTime at) {
        if (amount.compareTo(refundable()) > 0) {
            throw new IllegalStateException("refund of " + amount + " exceeds the refundable " + refundable());
        }
        NapasRefund refund = new NapasRefund(merchTxnRef, amount, refundNo, at);
        refunds.add(refund);
        updatedAt = at;
        return refund;
    }

    /** The order as tests see it. */
    public synchronized SimulatedPayment view(OffsetDateTime now) {
        String shown = result(now)
                .filter(code -> code == NapasResponseCode.EXPIRED)
                .map(code -> "EXPIRED")
                .orElse(status.name());
        return new SimulatedPayment(
                PaymentPartner.NAPAS,
                request.merchTxnRef(),
                request.amount().amount(),
                shown,
                transactionNo,
                createdAt,
                updatedAt,
                refunds.stream()
                        .map(refund -> new SimulatedRefund(
                                refund.merchTxnRef(),
                                refund.amount().amount(),
                                refund.transactionNo(),
                                refund.createdAt()))
                        .toList(),
                List.of());
    }
}
