package vn.egov.dossier.dossier;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.dossier.calendar.WorkingCalendar;

/**
 * A payment for a dossier succeeded: a dossier awaiting payment goes back to processing and its clock runs again.
 *
 * <p>A payment that cannot be applied (another amount than the fee, or a dossier that does not await payment) changes
 * no status: it is logged and written to the dossier's history as {@link HistoryKind#PAYMENT_NOT_APPLIED}, so that
 * the officer sees money arrived and can settle it (refund or ask for the rest). Applying a wrong amount would let a
 * dossier through unpaid; dropping it silently would lose the citizen's money from view. The same payment announced
 * again (same payment id) changes nothing.
 */
@Component
public class ReceivePayment {

    private static final Logger log = LoggerFactory.getLogger(ReceivePayment.class);
    private static final Actor PAYMENT_SERVICE = new Actor("payment-service", "SERVICE");

    private final Dossiers dossiers;
    private final WorkingCalendar calendar;
    private final DossierPublications publications;
    private final Clock clock;

    ReceivePayment(Dossiers dossiers, WorkingCalendar calendar, DossierPublications publications, Clock clock) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.publications = publications;
        this.clock = clock;
    }

    /** Call it in the transaction that records the event as processed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receive(PaymentSucceeded payment) {
        var found = dossiers.findByCode(payment.dossierCode());
        if (found.isEmpty()) {
            log.warn("Payment {} names unknown dossier {}", payment.paymentId(), payment.dossierCode());
            return;
        }
        Dossier dossier = found.get();
        if (payment.paymentId().equals(dossier.paidPaymentId())) {
            return;
        }
        Instant now = clock.instant();
        String notApplied = whyNotApplicable(dossier, payment);
        if (notApplied != null) {
            log.warn(
                    "Payment {} for dossier {} not applied: {}",
                    payment.paymentId(),
                    payment.dossierCode(),
                    notApplied);
            dossier.recordPaymentNotApplied(PAYMENT_SERVICE, now, notApplied);
            dossiers.saveAndFlush(dossier);
            return;
        }
        dossier.paymentReceived(PAYMENT_SERVICE, now, calendar.deadlines(), payment.paymentId());
        dossiers.saveAndFlush(dossier);
        publications.paymentReceived(dossier);
    }

    private static String whyNotApplicable(Dossier dossier, PaymentSucceeded payment) {
        if (dossier.status() != DossierStatus.AWAITING_PAYMENT) {
            return "Thanh toán " + payment.paymentId() + " (" + payment.amount() + " VND, " + payment.provider()
                    + ") đến khi hồ sơ không chờ thanh toán (" + dossier.status() + ")";
        }
        if (payment.amount() != dossier.procedure().feeTotal()) {
            return "Thanh toán " + payment.paymentId() + " (" + payment.provider() + ") " + payment.amount()
                    + " VND khác lệ phí " + dossier.procedure().feeTotal() + " VND";
        }
        return null;
    }
}
