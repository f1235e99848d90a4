package vn.egov.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.receipt.IssueReceipt;

/**
 * Applies what a partner said of an order — from a callback, a query or a statement — to our payment: one conditional
 * state change, its receipt and its event, in the caller's transaction. The payment row is locked first, so that fifty
 * copies of one callback arriving at once queue here and only the first moves the payment; the rest see it moved.
 *
 * <p>Money is credited only when the partner's amount is the one we asked. Money that arrives for a payment that has
 * already ended (a success after expiry) never revives it: the transaction is remembered and the refund job gives it
 * back, since the citizen may have paid the fee through another payment meanwhile.
 */
@Component
public class SettlePayment {

    private static final Logger log = LoggerFactory.getLogger(SettlePayment.class);

    private final Payments payments;
    private final IssueReceipt receipts;
    private final PaymentPublications publications;
    private final Clock clock;

    SettlePayment(Payments payments, IssueReceipt receipts, PaymentPublications publications, Clock clock) {
        this.payments = payments;
        this.receipts = receipts;
        this.publications = publications;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Settled settle(String provider, ProviderResult result) {
        if (result.providerOrderId() == null) {
            return new Settled(CallbackHandling.UNKNOWN_ORDER, null, "no order of ours in the message");
        }
        Instant now = clock.instant();
        if (result.outcome() == Outcome.SUCCEEDED && result.amount() != null) {
            Optional<PaidPayment> paid = payments.succeedIfOpen(
                    provider,
                    result.providerOrderId(),
                    result.amount(),
                    result.transactionId(),
                    result.at(),
                    result.message(),
                    now);
            if (paid.isPresent()) {
                receipts.issue(paid.get());
                return new Settled(CallbackHandling.APPLIED, paid.get().id(), "paid, receipt issued");
            }
            Optional<Settled> repeated = repeatedSuccess(provider, result);
            if (repeated.isPresent()) {
                return repeated.get();
            }
            // Not open, another amount or not ours: looked at under lock below to tell which.
        }
        Optional<Payment> found = payments.lockByOrder(provider, result.providerOrderId());
        if (found.isEmpty()) {
            return new Settled(CallbackHandling.UNKNOWN_ORDER, null, "unknown order " + result.providerOrderId());
        }
        Payment payment = found.get();
        return switch (result.outcome()) {
            case SUCCEEDED -> succeeded(payment, result, now);
            case DECLINED, CANCELLED, EXPIRED -> failed(payment, result, reasonOf(result.outcome()), now);
            case ERROR -> errored(payment, result, now);
            case PENDING, NOT_FOUND -> new Settled(CallbackHandling.NOTED, payment.id(), "not decided yet");
        };
    }

    /**
     * The same success message again for a payment it already paid (same amount, same transaction), recognised from an
     * unlocked read: a final state never changes, so no lock is needed to know it. Anything else is looked at under
     * lock.
     */
    private Optional<Settled> repeatedSuccess(String provider, ProviderResult result) {
        return payments.stateOf(provider, result.providerOrderId())
                .filter(state -> state.status() == PaymentStatus.SUCCESS
                        && state.amount() == result.amount()
                        && (result.transactionId() == null
                                || Objects.equals(result.transactionId(), state.providerTransactionId())))
                .map(state -> new Settled(CallbackHandling.DUPLICATE, state.id(), "already paid"));
    }

    /** An open payment the partner has no payment for past its expiry ends as expired. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Settled expire(UUID paymentId, String partnerMessage) {
        Payment payment = payments.lockById(paymentId).orElseThrow();
        if (payment.isFinal()) {
            return new Settled(CallbackHandling.DUPLICATE, payment.id(), "already " + payment.status());
        }
        payment.fail(FailureReason.EXPIRED, partnerMessage, clock.instant());
        payments.saveAndFlush(payment);
        publications.failed(payment);
        return new Settled(CallbackHandling.APPLIED, payment.id(), "expired");
    }

    private Settled succeeded(Payment payment, ProviderResult result, Instant now) {
        if (result.amount() != null && result.amount() != payment.amount()) {
            log.warn(
                    "{} reports {} VND for payment {} of {} VND: not credited",
                    payment.provider(),
                    result.amount(),
                    payment.id(),
                    payment.amount());
            return new Settled(
                    CallbackHandling.WRONG_AMOUNT,
                    payment.id(),
                    "amount " + result.amount() + " VND, expected " + payment.amount() + " VND");
        }
        if (payment.status() == PaymentStatus.SUCCESS) {
            boolean same = result.transactionId() == null
                    || Objects.equals(result.transactionId(), payment.providerTransactionId());
            return new Settled(
                    same ? CallbackHandling.DUPLICATE : CallbackHandling.NOTED,
                    payment.id(),
                    same ? "already paid" : "another transaction " + result.transactionId() + " for a paid order");
        }
        if (payment.isFinal()) {
            if (payment.providerTransactionId() != null) {
                return new Settled(CallbackHandling.DUPLICATE, payment.id(), "late money already on record");
            }
            log.warn(
                    "{} reports payment {} paid after it ended as {}: the money goes back",
                    payment.provider(),
                    payment.id(),
                    payment.status());
            payment.lateMoney(result.transactionId(), result.message());
            payments.saveAndFlush(payment);
            return new Settled(
                    CallbackHandling.NOTED, payment.id(), "paid after it ended " + payment.status() + ": refund");
        }
        payment.succeed(result.transactionId(), result.at(), result.message(), now);
        payments.saveAndFlush(payment);
        return credited(payment);
    }

    /**
     * A payment just moved to success (and flushed) gets its receipt; the receipt's number and the payment's event
     * follow the commit ({@code NumberReceipts}).
     */
    private Settled credited(Payment payment) {
        receipts.issue(PaidPayment.of(payment));
        return new Settled(CallbackHandling.APPLIED, payment.id(), "paid, receipt issued");
    }

    private Settled failed(Payment payment, ProviderResult result, FailureReason reason, Instant now) {
        if (payment.isFinal()) {
            return new Settled(CallbackHandling.DUPLICATE, payment.id(), "already " + payment.status());
        }
        payment.fail(reason, result.message(), now);
        payments.saveAndFlush(payment);
        publications.failed(payment);
        return new Settled(CallbackHandling.APPLIED, payment.id(), reason.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Settled errored(Payment payment, ProviderResult result, Instant now) {
        if (payment.isFinal()) {
            return new Settled(CallbackHandling.DUPLICATE, payment.id(), "already " + payment.status());
        }
        payment.error(result.message(), now);
        payments.saveAndFlush(payment);
        publications.failed(payment);
        return new Settled(CallbackHandling.APPLIED, payment.id(), "partner error");
    }

    private static FailureReason reasonOf(Outcome outcome) {
        return switch (outcome) {
            case CANCELLED -> FailureReason.CANCELLED;
            case EXPIRED -> FailureReason.EXPIRED;
            default -> FailureReason.DECLINED;
        };
    }

    /**
     * @param handling what was done
     * @param paymentId the payment concerned, when the order is ours
     * @param why a short account for the callback log
     */
    public record Settled(CallbackHandling handling, UUID paymentId, String why) {}
}
