package vn.egov.sandbox.momo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import vn.egov.sandbox.payment.PaymentSource;
import vn.egov.sandbox.payment.SimulatedPayment;

/** The orders MoMo accepted, in memory; orderIds of orders and refunds share one namespace, as at MoMo. */
@Component
public class MomoOrders implements PaymentSource {

    private final Clock clock;
    private final Map<String, MomoOrder> byOrderId = new HashMap<>();
    private final Map<String, MomoOrder> byToken = new HashMap<>();
    private final Map<Long, MomoOrder> byTransId = new HashMap<>();
    private final Set<String> refundOrderIds = new HashSet<>();
    // MoMo transIds are ten-digit numbers; starting from the clock keeps them apart across restarts.
    private final AtomicLong lastTransId;

    public MomoOrders(Clock clock) {
        this.clock = clock;
        this.lastTransId = new AtomicLong(4_000_000_000L + clock.millis() / 1000 % 1_000_000_000L);
    }

    /** Keeps a new order unless its orderId was used before, by an order or a refund. */
    public synchronized boolean add(MomoOrder order) {
        if (byOrderId.containsKey(order.orderId()) || refundOrderIds.contains(order.orderId())) {
            return false;
        }
        byOrderId.put(order.orderId(), order);
        byToken.put(order.token(), order);
        return true;
    }

    /** Reserves the orderId of a refund unless it was used before, by an order or a refund. */
    public synchronized boolean reserveRefundOrderId(String orderId) {
        return !byOrderId.containsKey(orderId) && refundOrderIds.add(orderId);
    }

    /** Notes the transId of a paid or cancelled order, so refunds can find it. */
    public synchronized void indexTransId(MomoOrder order) {
        byTransId.put(order.transId(), order);
    }

    public synchronized Optional<MomoOrder> byOrderId(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId));
    }

    public synchronized Optional<MomoOrder> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    public synchronized Optional<MomoOrder> byTransId(long transId) {
        return Optional.ofNullable(byTransId.get(transId));
    }

    /** A transId never handed out before. */
    public long nextTransId() {
        return lastTransId.incrementAndGet();
    }

    @Override
    public synchronized List<SimulatedPayment> payments() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return byOrderId.values().stream().map(order -> order.view(now)).toList();
    }

    @Override
    public synchronized void clear() {
        byOrderId.clear();
        byToken.clear();
        byTransId.clear();
        refundOrderIds.clear();
    }
}
