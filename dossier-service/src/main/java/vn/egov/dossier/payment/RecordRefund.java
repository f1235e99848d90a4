package vn.egov.dossier.payment;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.contracts.payment.PaymentRefunded;
import vn.egov.dossier.dossier.Actor;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierStore;
import vn.egov.dossier.dossier.Dossiers;
import vn.egov.dossier.dossier.Money;
import vn.egov.dossier.dossier.Refund;

/**
 * A paid fee was given back to the payer: the dossier's history says how much, through which provider and under which
 * refund id, so that the officer and the applicant see where the money went. The status does not change: a refund
 * follows a decision recorded elsewhere (a refusal, a withdrawal, a payment not applied).
 */
@Component
public class RecordRefund {

    private static final Logger log = LoggerFactory.getLogger(RecordRefund.class);

    private final Dossiers dossiers;
    private final DossierStore store;
    private final Clock clock;

    RecordRefund(Dossiers dossiers, DossierStore store, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.clock = clock;
    }

    /** Call it in the transaction that records the event as processed, so that one event writes one entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PaymentRefunded event) {
        var found = dossiers.findByCode(event.dossierCode());
        if (found.isEmpty()) {
            log.warn("Refund {} names unknown dossier {}", event.refundId(), event.dossierCode());
            return;
        }
        Dossier dossier = found.get();
        dossier.refunded(
                Actor.PAYMENT_SERVICE,
                clock.instant(),
                new Refund(event.refundId(), event.paymentId(), Money.vnd(event.amount()), event.provider()));
        store.save(dossier);
    }
}
