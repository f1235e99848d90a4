package vn.egov.sandbox.vietinbank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import vn.egov.sandbox.payment.PaymentSource;
import vn.egov.sandbox.payment.SimulatedPayment;

/** The transfers that credited the collection account, in memory. */
@Component
public class BankTransfers implements PaymentSource {

    private final List<BankTransfer> transfers = new ArrayList<>();
    private final AtomicLong lastSequence = new AtomicLong();

    public synchronized void add(BankTransfer transfer) {
        transfers.add(transfer);
    }

    /** A sequence number never handed out before, for transaction ids. */
    public long nextSequence() {
        return lastSequence.incrementAndGet();
    }

    /** The transfers into an account on the (Vietnam) days from one date to another, both included, oldest first. */
    public synchronized List<BankTransfer> into(String account, LocalDate from, LocalDate to) {
        return transfers.stream()
                .filter(transfer -> transfer.account().equals(account))
                .filter(transfer -> !transfer.transTime().toLocalDate().isBefore(from)
                        && !transfer.transTime().toLocalDate().isAfter(to))
                .sorted(Comparator.comparing(BankTransfer::transTime))
                .toList();
    }

    @Override
    public synchronized List<SimulatedPayment> payments() {
        return transfers.stream().map(BankTransfer::view).toList();
    }

    @Override
    public synchronized void clear() {
        transfers.clear();
    }
}
