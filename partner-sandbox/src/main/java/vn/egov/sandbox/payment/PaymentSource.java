package vn.egov.sandbox.payment;

import java.util.List;

/** A payment partner simulator that keeps its payments, so tests can see and reset them. */
public interface PaymentSource {

    /** Every payment since the last {@link #clear()}, in no particular order. */
    List<SimulatedPayment> payments();

    /** Forgets every payment, so a test or demo starts afresh. */
    void clear();
}
