package vn.egov.dossier.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.dossier.calendar.WorkingCalendar;
import vn.egov.dossier.dossier.Actor;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierStatus;
import vn.egov.dossier.dossier.DossierStore;
import vn.egov.dossier.dossier.Dossiers;
import vn.egov.dossier.dossier.HistoryKind;
import vn.egov.dossier.dossier.Money;
import vn.egov.dossier.dossier.ReceivedPayment;

/**
 * A payment for a dossier succeeded. It is compared with what the applicant owes ({@link Dossier#amountDue()}: the
 * amount the officer stated, else the procedure's fee):
 *
 * <ul>
 *   <li>a dossier awaiting payment goes back to processing and its clock runs again;
 *   <li>a dossier not asked to pay yet (the applicant paid right after submitting) is recorded as paid in advance, its
 *       status unchanged, so that a later payment request is refused;
 *   <li>any other payment (another amount, a closed dossier, a second payment) changes no status: it is logged and
 *       written to the dossier's history as {@link HistoryKind#PAYMENT_NOT_APPLIED}, so that the officer sees money
 *       arrived and can settle it (refund or ask for the rest). Applying a wrong amount would let a dossier through
 *       unpaid; dropping it silently would lose the citizen's money from view.
 * </ul>
 *
 * The same payment announced again (same payment id) changes nothing.
 */
@Component
public class ReceivePayment {

    private static final Logger log = LoggerFactory.getLogger(ReceivePayment.class);

    private final Dossiers dossiers;
    private final DossierStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ReceivePayment(Dossiers dossiers, DossierStore store, WorkingCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Call it in the transaction that records the event as processed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receive(PaymentSucceeded event) {
        batch(List.of(event.dossierCode())).receive(event);
    }

    /**
     * Reads the dossiers of several payments in one query, for applying the payments one after the other in the
     * transaction that records them as processed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Batch batch(Collection<String> dossierCodes) {
        Map<String, Dossier> byCode = new HashMap<>();
        dossiers.findByCodeIn(Set.copyOf(dossierCodes))
                .forEach(dossier -> byCode.put(dossier.code().value(), dossier));
        return new Batch(byCode);
    }

    /** Payments applied to dossiers read beforehand, in the transaction that read them. */
    public final class Batch {

        private final Map<String, Dossier> byCode;

        private Batch(Map<String, Dossier> byCode) {
            this.byCode = byCode;
        }

        /** Applies a payment whose dossier was among those read (an unknown dossier is logged and skipped). */
        public void receive(PaymentSucceeded event) {
            Dossier dossier = byCode.get(event.dossierCode());
            if (dossier == null) {
                log.warn("Payment {} names unknown dossier {}", event.paymentId(), event.dossierCode());
                return;
            }
            apply(event, dossier);
        }
    }

    private void apply(PaymentSucceeded event, Dossier dossier) {
        if (event.paymentId().equals(dossier.paidPaymentId())) {
            return;
        }
        ReceivedPayment payment = new ReceivedPayment(
                event.paymentId(), Money.vnd(event.amount()), event.provider(), event.receiptNumber());
        Instant now = clock.instant();
        String notApplied = whyNotApplicable(dossier, payment);
        if (notApplied != null) {
            log.warn("Payment {} for dossier {} not applied: {}", event.paymentId(), event.dossierCode(), notApplied);
            dossier.recordPaymentNotApplied(Actor.PAYMENT_SERVICE, now, notApplied);
        } else if (dossier.status() == DossierStatus.AWAITING_PAYMENT) {
            dossier.paymentReceived(Actor.PAYMENT_SERVICE, now, calendar.deadlines(), payment);
        } else {
            dossier.paidInAdvance(Actor.PAYMENT_SERVICE, now, payment);
        }
        store.save(dossier);
    }

    private static String whyNotApplicable(Dossier dossier, ReceivedPayment payment) {
        String what = "Thanh toán " + payment.paymentId() + " (" + payment.amount() + ", " + payment.provider() + ")";
        if (dossier.paidPaymentId() != null) {
            return what + " đến khi hồ sơ đã được thanh toán (" + dossier.paidPaymentId() + ")";
        }
        if (dossier.whyNotPayable().isPresent()) {
            return what + " đến khi hồ sơ không chờ thanh toán (" + dossier.status() + ")";
        }
        if (!payment.amount().equals(dossier.amountDue())) {
            return what + " khác số tiền phải nộp " + dossier.amountDue();
        }
        return null;
    }
}
