package vn.egov.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A payment's states only move forward. */
class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    static Payment aStartedPayment() {
        Payment payment = Payment.create(
                UUID.randomUUID(),
                "EGTESTORDER0000000001",
                "MOMO",
                new Payer(
                        "000.00.15.H17-261207-0001",
                        200000,
                        "citizen",
                        "000.00.15.H17",
                        "Sở Tư pháp",
                        "2.000488",
                        "Lệ phí cấp Phiếu lý lịch tư pháp",
                        "Nguyễn Văn An",
                        "12 Trần Phú",
                        "127.0.0.1"),
                NOW,
                NOW.plusSeconds(900));
        payment.start("http://partner/pay", null, "req", NOW);
        return payment;
    }

    @Test
    void aPaidPaymentCannotFailOrBePaidAgain() {
        Payment payment = aStartedPayment();
        payment.succeed("4088878653", NOW, "0 Successful.", NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCESS);
        assertThatThrownBy(() -> payment.fail(FailureReason.EXPIRED, "late", NOW))
                .isInstanceOf(IllegalPaymentTransition.class);
        assertThatThrownBy(() -> payment.succeed("other", NOW, "again", NOW))
                .isInstanceOf(IllegalPaymentTransition.class);
        assertThat(payment.providerTransactionId()).isEqualTo("4088878653");
    }

    @Test
    void anExpiredPaymentIsNotRevivedByLateMoneyButRemembersIt() {
        Payment payment = aStartedPayment();
        payment.fail(FailureReason.EXPIRED, "expired", NOW);

        assertThatThrownBy(() -> payment.succeed("4088878653", NOW, "late", NOW))
                .isInstanceOf(IllegalPaymentTransition.class);
        payment.lateMoney("4088878653", "0 Successful.");

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.providerTransactionId()).isEqualTo("4088878653");
    }

    @Test
    void isRefundedOnceOnly() {
        Payment payment = aStartedPayment();
        payment.succeed("4088878653", NOW, "0", NOW);
        payment.refunded(200000, NOW);

        assertThat(payment.refundedAmount()).isEqualTo(200000);
        assertThatThrownBy(() -> payment.refunded(200000, NOW)).isInstanceOf(IllegalPaymentTransition.class);
    }

    @Test
    void anOpenPaymentCannotBeRefunded() {
        assertThatThrownBy(() -> aStartedPayment().refunded(200000, NOW)).isInstanceOf(IllegalPaymentTransition.class);
    }
}
