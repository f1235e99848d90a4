package vn.egov.sandbox.payment;

import java.util.List;
import org.springframework.stereotype.Service;

/** Forgets the payments of every partner simulator. */
@Service
public class ClearPayments {

    private final List<PaymentSource> sources;

    public ClearPayments(List<PaymentSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public void clear() {
        sources.forEach(PaymentSource::clear);
    }
}
