package vn.egov.sandbox.momo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.egov.sandbox.payment.CallbackDelivery;
import vn.egov.sandbox.payment.PaymentPartner;
import vn.egov.sandbox.payment.SimulatedPayment;
import vn.egov.sandbox.payment.SimulatedRefund;
import vn.egov.sandbox.payment.Vnd;

/**
 * A captureWallet order MoMo accepted: it waits for the payer until it expires, is paid or cancelled once, and a paid
 * order can be refunded up to its amount. Safe to use from concurrent requests.
 */
public class MomoOrder {

    private final MomoOrderRequest request;
    private final String token;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime expiresAt;
    private final List<MomoRefund> refunds = new ArrayList<>();
    private final List<CallbackDelivery> callbacks = new ArrayList<>();
    private MomoOrderStatus status = MomoOrderStatus.AWAITING_PAYER;
    private long transId;
    private OffsetDateTime lastUpdated;

    public MomoOrder(MomoOrderRequest request, String token, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.token = Objects.requireNonNull(token, "token");
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUpdated = createdAt;
    }

    public MomoOrderRequest request() {
        return request;
    }

    public String orderId() {
        return request.orderId();
    }

    public String token() {
        return token;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public synchronized long transId() {
        return transId;
    }

    public synchronized OffsetDateTime lastUpdated() {
        return lastUpdated;
    }

    /** The result code MoMo reports for the order at a moment: 0, 1000, 1005 or 1006. */
    public synchronized MomoResultCode resultCode(OffsetDateTime now) {
        return switch (status) {
            case PAID -> MomoResultCode.SUCCESS;
            case CANCELLED -> MomoResultCode.CANCELLED_BY_USER;
            case AWAITING_PAYER -> now.isBefore(expiresAt) ? MomoResultCode.AWAITING_PAYER : MomoResultCode.EXPIRED;
        };
    }

    /** The payer pays. Only an order still awaiting the payer and not expired can be paid. */
    public synchronized void pay(long newTransId, OffsetDateTime at) {
        close(MomoOrderStatus.PAID, newTransId, at);
    }

    /** The payer refuses to pay. Only an order still awaiting the payer and not expired can be cancelled. */
    public synchronized void cancel(long newTransId, OffsetDateTime at) {
        close(MomoOrderStatus.CANCELLED, newTransId, at);
    }

    private void close(MomoOrderStatus outcome, long newTransId, OffsetDateTime at) {
        if (resultCode(at) != MomoResultCode.AWAITING_PAYER) {
            throw new IllegalStateException("order " + orderId() + " no longer awaits the payer: " + resultCode(at));
        }
        status = outcome;
        transId = newTransId;
        lastUpdated = at;
    }

    /** What can still be refunded: the amount of a paid order less its refunds, nothing otherwise. */
    public synchronized Vnd refundable() {
        if (status != MomoOrderStatus.PAID) {
            return Vnd.ZERO;
        }
        Vnd refunded = refunds.stream().map(MomoRefund::amount).reduce(Vnd.ZERO, Vnd::plus);
        return request.amount().minus(refunded);
    }

    /** Refunds part or all of what is left. */
    public synchronized MomoRefund refund(String refundOrderId, Vnd amount, long refundTransId, OffsetDateTime at) {
        if (amount.compareTo(refundable()) > 0) {
            throw new IllegalStateException("refund of " + amount + " exceeds the refundable " + refundable());
        }
        MomoRefund refund = new MomoRefund(refundOrderId, amount, refundTransId, at);
        refunds.add(refund);
        lastUpdated = at;
        return refund;
    }

    public synchronized List<MomoRefund> refunds() {
        return List.copyOf(refunds);
    }

    /** Keeps what happened to an IPN about this order. */
    public synchronized void record(CallbackDelivery delivery) {
        callbacks.add(delivery);
    }

    /** The order as tests see it. */
    public synchronized SimulatedPayment view(OffsetDateTime now) {
        String shownStatus = resultCode(now) == MomoResultCode.EXPIRED ? "EXPIRED" : status.name();
        return new SimulatedPayment(
                PaymentPartner.MOMO,
                orderId(),
                request.amount().amount(),
                shownStatus,
                transId == 0 ? null : Long.toString(transId),
                createdAt,
                lastUpdated,
                refunds.stream()
                        .map(refund -> new SimulatedRefund(
                                refund.orderId(),
                                refund.amount().amount(),
                                Long.toString(refund.transId()),
                                refund.createdAt()))
                        .toList(),
                callbacks);
    }
}
