package vn.egov.payment.payment.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.contracts.payment.PaymentFailed;
import vn.egov.contracts.payment.PaymentRefunded;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentPublications;
import vn.egov.payment.payment.PaymentStatus;
import vn.egov.payment.receipt.Receipt;
import vn.egov.servicedefaults.outbox.ContractEvent;
import vn.egov.servicedefaults.outbox.Outbox;

/** Maps payment changes to the thin contract events (ids, codes, amounts; no payer details) of the outbox. */
@Component
class OutboxPaymentPublications implements PaymentPublications {

    private final Outbox outbox;
    private final Clock clock;

    OutboxPaymentPublications(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void succeeded(Payment payment, Receipt receipt) {
        PaymentSucceeded data = new PaymentSucceeded(
                payment.id().toString(),
                payment.dossierCode(),
                payment.agencyCode(),
                payment.provider(),
                payment.amount(),
                receipt.reference(),
                local(payment.paidAt()),
                eventVersion(payment));
        outbox.add(ContractEvent.of(PaymentEvents.SUCCEEDED, payment.dossierCode(), data, eventVersion(payment)));
    }

    @Override
    public void failed(Payment payment) {
        String reason = payment.status() == PaymentStatus.ERROR
                ? "ERROR"
                : payment.failureReason().name();
        PaymentFailed data = new PaymentFailed(
                payment.id().toString(),
                payment.dossierCode(),
                payment.agencyCode(),
                payment.provider(),
                payment.amount(),
                reason,
                local(payment.finishedAt()),
                eventVersion(payment));
        outbox.add(ContractEvent.of(PaymentEvents.FAILED, payment.dossierCode(), data, eventVersion(payment)));
    }

    @Override
    public void refunded(Payment payment, UUID refundId, long amount, Instant refundedAt) {
        PaymentRefunded data = new PaymentRefunded(
                payment.id().toString(),
                refundId.toString(),
                payment.dossierCode(),
                payment.agencyCode(),
                payment.provider(),
                amount,
                local(refundedAt),
                eventVersion(payment));
        outbox.add(ContractEvent.of(PaymentEvents.REFUNDED, payment.dossierCode(), data, eventVersion(payment)));
    }

    /** Callers publish after flushing the change, so the payment's version is the one the change gave it. */
    private static long eventVersion(Payment payment) {
        return payment.version();
    }

    private OffsetDateTime local(Instant at) {
        return at.atZone(clock.getZone()).toOffsetDateTime();
    }
}
