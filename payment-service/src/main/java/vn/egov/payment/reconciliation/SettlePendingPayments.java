package vn.egov.payment.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.payment.PublicSite;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.Payments;
import vn.egov.payment.payment.ProviderOrders;
import vn.egov.payment.payment.SettlePayment;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.PaymentProvider;
import vn.egov.payment.provider.PaymentProviders;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.provider.ProviderUnavailable;

/**
 * Asks the partner about every payment still open past {@link ReconciliationProperties#settleAfter()} and settles it
 * as the partner says; one the partner has no payment for past its expiry ends as expired. The partner is asked
 * outside any transaction; the settlement locks the payment, so a callback arriving at the same time is applied once.
 */
@Component
public class SettlePendingPayments {

    private static final Logger log = LoggerFactory.getLogger(SettlePendingPayments.class);
    private static final int BATCH = 100;

    private final Payments payments;
    private final PaymentProviders providers;
    private final SettlePayment settle;
    private final PublicSite site;
    private final ReconciliationProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    SettlePendingPayments(
            Payments payments,
            PaymentProviders providers,
            SettlePayment settle,
            PublicSite site,
            ReconciliationProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.payments = payments;
        this.providers = providers;
        this.settle = settle;
        this.site = site;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${egov.payments.reconciliation.settle-interval:30s}",
            initialDelayString = "${egov.payments.reconciliation.settle-interval:30s}")
    public void settleOpenPayments() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (UUID id : payments.findPendingBefore(now.minus(properties.settleAfter()), BATCH)) {
                payments.findById(id).filter(p -> !p.isFinal()).ifPresent(payment -> settleOne(payment, now));
            }
        } finally {
            running.set(false);
        }
    }

    /** Settles one open payment from its partner's answer. */
    public void settleOne(Payment payment, Instant now) {
        PaymentProvider provider = providers.get(payment.provider());
        ProviderResult result;
        try {
            result = provider.query(ProviderOrders.of(payment, site));
        } catch (ProviderUnavailable e) {
            log.warn("Payment {} stays open: {}", payment.id(), e.getMessage());
            return;
        }
        boolean undecided = result.outcome() == Outcome.PENDING || result.outcome() == Outcome.NOT_FOUND;
        if (undecided && now.isAfter(payment.expiresAt())) {
            tx.executeWithoutResult(status -> settle.expire(payment.id(), result.message()));
            log.info("Payment {} of dossier {} expired unpaid", payment.id(), payment.dossierCode());
        } else if (!undecided) {
            var settled = tx.execute(status -> settle.settle(provider.code(), result));
            log.info("Payment {} settled from {}'s query: {}", payment.id(), provider.code(), settled.why());
        }
    }
}
