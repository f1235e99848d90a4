package vn.egov.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.payment.support.PaymentApi.Answer;
import vn.egov.payment.support.WithPartnerSandbox;

/**
 * The one-statement success of a callback's common case leaves a payment exactly as {@link Payment#succeed} would, and
 * moves nothing that is not open or not of the reported amount.
 */
class OpenPaymentSuccessIT extends WithPartnerSandbox {

    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Instant PAID_AT = AT.minusSeconds(3);

    @Autowired
    private Payments payments;

    @Autowired
    private TransactionTemplate tx;

    @Test
    void setsWhatTheAggregateSetsAndNothingElse() {
        Payment started = payment(started("citizen", "MOMO"));
        Payment byTheAggregate = tx.execute(status -> {
            Payment payment = payments.lockById(started.id()).orElseThrow();
            payment.succeed("MOMO-TX-1", PAID_AT, "Thành công.", AT);
            status.setRollbackOnly();
            return payment;
        });

        Optional<PaidPayment> moved = tx.execute(status -> payments.succeedIfOpen(
                "MOMO", started.providerOrderId(), started.amount(), "MOMO-TX-1", PAID_AT, "Thành công.", AT));

        assertThat(moved).isPresent();
        Payment stored = payments.findById(started.id()).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(byTheAggregate);
        assertThat(stored.version()).isEqualTo(started.version() + 1);
        assertThat(stored.status()).isEqualTo(PaymentStatus.SUCCESS);
        assertThat(moved.get()).isEqualTo(PaidPayment.of(stored));
    }

    @Test
    void readsWhereAnOrderStandsWithoutLoadingIt() {
        Payment started = payment(started("citizen", "MOMO"));
        succeed(started.providerOrderId(), started.amount());

        Optional<OrderState> paid = tx.execute(status -> payments.stateOf("MOMO", started.providerOrderId()));
        Optional<OrderState> atAnotherProvider =
                tx.execute(status -> payments.stateOf("NAPAS", started.providerOrderId()));

        assertThat(paid).contains(new OrderState(started.id(), PaymentStatus.SUCCESS, started.amount(), "MOMO-TX-3"));
        assertThat(atAnotherProvider).isEmpty();
    }

    @Test
    void aPaidPaymentOrAnotherAmountOrAnUnknownOrderIsNotMoved() {
        Payment started = payment(started("citizen", "MOMO"));

        assertThat(succeed(started.providerOrderId(), started.amount() + 1)).isEmpty();
        assertThat(succeed("EG" + "0".repeat(20), started.amount())).isEmpty();
        assertThat(succeed(started.providerOrderId(), started.amount())).isPresent();
        assertThat(succeed(started.providerOrderId(), started.amount())).isEmpty();

        assertThat(payments.findById(started.id()).orElseThrow().version()).isEqualTo(started.version() + 1);
    }

    @Test
    void withoutThePartnersPaymentTimeItIsPaidAtTheChange() {
        Payment started = payment(started("citizen", "MOMO"));

        tx.execute(status -> payments.succeedIfOpen(
                "MOMO", started.providerOrderId(), started.amount(), "MOMO-TX-2", null, null, AT));

        assertThat(payments.findById(started.id()).orElseThrow().paidAt()).isEqualTo(AT);
    }

    private Optional<PaidPayment> succeed(String orderId, long amount) {
        return tx.execute(status -> payments.succeedIfOpen("MOMO", orderId, amount, "MOMO-TX-3", PAID_AT, "ok", AT));
    }

    private Payment payment(Answer answer) {
        return payments.findById(UUID.fromString(answer.text("id"))).orElseThrow();
    }
}
