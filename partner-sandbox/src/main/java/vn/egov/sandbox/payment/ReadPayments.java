package vn.egov.sandbox.payment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads the simulated payments of every partner, oldest first, optionally for one reference. */
@Service
public class ReadPayments {

    private final List<PaymentSource> sources;

    public ReadPayments(List<PaymentSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * @param orderId only the payments under this reference (MoMo orderId, NAPAS vpc_MerchTxnRef, VietQR purpose), or
     *     all when empty
     */
    public List<SimulatedPayment> read(Optional<String> orderId) {
        return sources.stream()
                .flatMap(source -> source.payments().stream())
                .filter(payment -> orderId.map(payment.orderId()::equals).orElse(true))
                .sorted(Comparator.comparing(SimulatedPayment::createdAt))
                .toList();
    }
}
