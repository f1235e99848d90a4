package vn.egov.sandbox.napas;

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

/** The orders the NAPAS gateway accepted, in memory; orders and refunds share one vpc_MerchTxnRef namespace. */
@Component
public class NapasOrders implements PaymentSource {

    private final Clock clock;
    private final Map<String, NapasOrder> byMerchTxnRef = new HashMap<>();
    private final Map<String, NapasOrder> byToken = new HashMap<>();
    private final Map<String, NapasOrder> byTransactionNo = new HashMap<>();
    private final Set<String> refundRefs = new HashSet<>();
    private final AtomicLong lastTransactionNo;

    public NapasOrders(Clock clock) {
        this.clock = clock;
        this.lastTransactionNo = new AtomicLong(clock.millis() / 1000 % 100_000_000L * 100);
    }

    /** Keeps a new order unless its vpc_MerchTxnRef was used before. */
    public synchronized boolean add(NapasOrder order) {
        String ref = order.request().merchTxnRef();
        if (byMerchTxnRef.containsKey(ref) || refundRefs.contains(ref)) {
            return false;
        }
        byMerchTxnRef.put(ref, order);
        byToken.put(order.token(), order);
        return true;
    }

    /** Reserves the vpc_MerchTxnRef of a refund unless it was used before. */
    public synchronized boolean reserveRefundRef(String ref) {
        return !byMerchTxnRef.containsKey(ref) && refundRefs.add(ref);
    }

    /** Notes the vpc_TransactionNo of a paid or declined order, so refunds can find it. */
    public synchronized void indexTransactionNo(NapasOrder order) {
        if (order.transactionNo() != null) {
            byTransactionNo.put(order.transactionNo(), order);
        }
    }

    public synchronized Optional<NapasOrder> byMerchTxnRef(String ref) {
        return Optional.ofNullable(byMerchTxnRef.get(ref));
    }

    public synchronized Optional<NapasOrder> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    public synchronized Optional<NapasOrder> byTransactionNo(String transactionNo) {
        return Optional.ofNullable(byTransactionNo.get(transactionNo));
    }

    /** A vpc_TransactionNo never handed out before. */
    public String nextTransactionNo() {
        return Long.toString(lastTransactionNo.incrementAndGet());
    }

    @Override
    public synchronized List<SimulatedPayment> payments() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return byMerchTxnRef.values().stream().map(order -> order.view(now)).toList();
    }

    @Override
    public synchronized void clear() {
        byMerchTxnRef.clear();
        byToken.clear();
        byTransactionNo.clear();
        refundRefs.clear();
    }
}
