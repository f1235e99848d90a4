package vn.egov.payment.receipt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentPublications;
import vn.egov.payment.payment.Payments;
import vn.egov.servicedefaults.correlation.CorrelationId;

/**
 * Numbers the receipts that successful payments wrote, in the order they were written, and publishes each payment's
 * {@code vn.egov.payment.succeeded} event with its receipt number. Numbers run per collecting agency and calendar year
 * without gaps: a batch takes its numbers from the agency's counter row and writes them in one transaction, so a
 * number is only ever given in the transaction that commits it.
 *
 * <p>Why not in the callback's transaction: the counter row stays locked until the transaction that takes a number
 * ends, so numbering there made every successful callback of one agency wait for the one before it to commit, and
 * under load the callbacks queued for database connections behind that row (ADR 11). Here the row is locked once per
 * batch, for a few milliseconds. A commit that wrote a receipt wakes the numberer; a sweep every second catches what
 * a crash left. One numberer at a time per database (a transaction-scoped advisory lock), so that numbers follow the
 * order in which receipts were written even with several instances.
 */
@Component
public class NumberReceipts implements DisposableBean {

    /** Any fixed number; all instances share it through their database. */
    private static final long NUMBERING_LOCK = 0x0E60_BECE_1L;

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Payments payments;
    private final PaymentPublications publications;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "receipt-numbering");
        thread.setDaemon(true);
        return thread;
    });

    NumberReceipts(JdbcTemplate jdbc, TransactionTemplate tx, Payments payments, PaymentPublications publications) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.payments = payments;
        this.publications = publications;
    }

    /** Numbers the receipts written by the current transaction once it commits. */
    void wakeUpAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                again.set(true);
                if (!running.get()) {
                    wakeUps.execute(NumberReceipts.this::numberWaiting);
                }
            }
        });
    }

    /** Numbers every receipt waiting for its number; wake-ups that come meanwhile make it look again. */
    @Scheduled(fixedDelayString = "${egov.payments.receipts.numbering-sweep:1s}")
    public void numberWaiting() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                int numbered;
                do {
                    numbered = numberBatch();
                } while (numbered == BATCH);
            } finally {
                running.set(false);
            }
        }
    }

    /** @return how many receipts were numbered */
    int numberBatch() {
        Integer numbered = tx.execute(status -> {
            Boolean alone = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, NUMBERING_LOCK);
            if (!Boolean.TRUE.equals(alone)) {
                return 0;
            }
            List<Waiting> waiting = jdbc.query(
                    """
                    select id, payment_id, agency_code, year, form_symbol, receipt_symbol, verification_code, amount,
                           issued_at, correlation_id
                    from receipt where number is null order by issued_at, id limit ?
                    """,
                    (row, n) -> new Waiting(
                            new Receipt(
                                    row.getObject("id", UUID.class),
                                    row.getObject("payment_id", UUID.class),
                                    row.getString("agency_code"),
                                    row.getString("form_symbol"),
                                    row.getString("receipt_symbol"),
                                    null,
                                    row.getString("verification_code"),
                                    row.getLong("amount"),
                                    row.getTimestamp("issued_at").toInstant()),
                            row.getInt("year"),
                            row.getString("correlation_id")),
                    BATCH);
            if (waiting.isEmpty()) {
                return 0;
            }
            Map<UUID, Payment> paid =
                    payments
                            .findAllById(waiting.stream()
                                    .map(w -> w.receipt().paymentId())
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(Payment::id, Function.identity()));
            Map<Series, List<Waiting>> bySeries = waiting.stream()
                    .collect(Collectors.groupingBy(Waiting::series, LinkedHashMap::new, Collectors.toList()));
            bySeries.forEach((series, receipts) -> number(series, receipts, paid));
            return waiting.size();
        });
        return numbered == null ? 0 : numbered;
    }

    /** Gives the series' next numbers to its receipts, in order, and publishes each payment's success with its own. */
    private void number(Series series, List<Waiting> waiting, Map<UUID, Payment> paid) {
        List<Receipt> receipts = waiting.stream().map(Waiting::receipt).toList();
        List<String> correlationIds =
                waiting.stream().map(Waiting::correlationId).toList();
        Long last = jdbc.queryForObject(
                """
                insert into receipt_counter (agency_code, year, last_number) values (?, ?, ?)
                on conflict (agency_code, year) do update
                set last_number = receipt_counter.last_number + excluded.last_number
                returning last_number
                """,
                Long.class,
                series.agencyCode(),
                series.year(),
                (long) receipts.size());
        long next = last - receipts.size() + 1;
        List<Receipt> numbered = new ArrayList<>(receipts.size());
        for (Receipt receipt : receipts) {
            numbered.add(receipt.numbered(next++));
        }
        jdbc.batchUpdate(
                "update receipt set number = ? where id = ?",
                numbered.stream()
                        .map(receipt -> new Object[] {receipt.number(), receipt.id()})
                        .toList());
        for (int i = 0; i < numbered.size(); i++) {
            Receipt receipt = numbered.get(i);
            // The event carries the correlation id of the callback that paid, as if published in its request.
            if (correlationIds.get(i) != null) {
                CorrelationId.set(correlationIds.get(i));
            }
            try {
                publications.succeeded(paid.get(receipt.paymentId()), receipt);
            } finally {
                CorrelationId.clear();
            }
        }
    }

    /** A collecting agency's receipts of one calendar year: one gapless series of numbers. */
    private record Series(String agencyCode, int year) {}

    private record Waiting(Receipt receipt, int year, String correlationId) {
        Series series() {
            return new Series(receipt.agencyCode(), year);
        }
    }

    @Override
    public void destroy() {
        wakeUps.shutdownNow();
    }
}
