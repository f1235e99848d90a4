package vn.egov.payment.refund;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.payment.PublicSite;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentPublications;
import vn.egov.payment.payment.Payments;
import vn.egov.payment.payment.ProviderOrders;
import vn.egov.payment.provider.PaymentProviders;
import vn.egov.payment.provider.ProviderUnavailable;
import vn.egov.payment.provider.RefundOrder;
import vn.egov.payment.provider.RefundResult;

/**
 * Submits recorded refunds to their partners, and retries those a partner could not take. Each refund is locked while
 * it is submitted (another instance skips it), carries its own order id (the partner refuses a second refund with it),
 * and its outcome, the payment's refunded amount and the {@code vn.egov.payment.refunded} event commit together. Money
 * that arrived for a payment that had already ended is refunded too.
 */
@Component
public class SubmitRefunds {

    private static final Logger log = LoggerFactory.getLogger(SubmitRefunds.class);
    private static final int BATCH = 20;

    private final Refunds refunds;
    private final Payments payments;
    private final PaymentProviders providers;
    private final PaymentPublications publications;
    private final PublicSite site;
    private final RequestRefund requestRefund;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    SubmitRefunds(
            Refunds refunds,
            Payments payments,
            PaymentProviders providers,
            PaymentPublications publications,
            PublicSite site,
            @Lazy RequestRefund requestRefund,
            TransactionTemplate tx,
            Clock clock) {
        this.refunds = refunds;
        this.payments = payments;
        this.providers = providers;
        this.publications = publications;
        this.site = site;
        this.requestRefund = requestRefund;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${egov.payments.refunds.submit-interval:10s}")
    public void submitWaiting() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (UUID late : refunds.lateMoneyWithoutRefund(BATCH)) {
                requestRefund.request(late, "Tiền đến sau khi giao dịch đã kết thúc: hoàn lại cho người nộp", "system");
            }
            boolean more = true;
            while (more) {
                more = Boolean.TRUE.equals(tx.execute(status -> submitBatch()));
            }
        } finally {
            running.set(false);
        }
    }

    /** Runs {@link #submitWaiting} once the current transaction commits, so a requested refund leaves at once. */
    void wakeUpAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Thread submit = new Thread(SubmitRefunds.this::submitWaiting, "refund-submit");
                submit.setDaemon(true);
                submit.start();
            }
        });
    }

    /** @return true when a full batch was done and more may wait */
    private boolean submitBatch() {
        List<RefundView> waiting = refunds.lockSubmitted(BATCH);
        int done = 0;
        for (RefundView refund : waiting) {
            Payment payment = payments.lockById(refund.paymentId()).orElseThrow();
            RefundResult result;
            try {
                result = providers
                        .get(payment.provider())
                        .refund(new RefundOrder(
                                refund.id(),
                                refund.refundOrderId(),
                                ProviderOrders.of(payment, site),
                                payment.providerTransactionId(),
                                refund.amount(),
                                "Hoan phi ho so " + payment.dossierCode()));
            } catch (ProviderUnavailable e) {
                log.warn("Refund {} of payment {} waits: {}", refund.id(), payment.id(), e.getMessage());
                refunds.note(refund.id(), e.getMessage());
                continue;
            }
            var now = clock.instant();
            refunds.finish(refund.id(), result.succeeded(), result.transactionId(), result.message(), now);
            if (result.succeeded()) {
                payment.refunded(refund.amount(), now);
                payments.saveAndFlush(payment);
                publications.refunded(payment, refund.id(), refund.amount(), now);
                log.info(
                        "Refund {} of payment {} ({} VND) done by {}",
                        refund.id(),
                        payment.id(),
                        refund.amount(),
                        payment.provider());
            } else {
                log.warn(
                        "Refund {} of payment {} not done by {}: {}",
                        refund.id(),
                        payment.id(),
                        payment.provider(),
                        result.message());
            }
            done++;
        }
        return waiting.size() == BATCH && done > 0;
    }
}
