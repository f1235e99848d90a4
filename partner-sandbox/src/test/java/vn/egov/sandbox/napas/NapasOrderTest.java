package vn.egov.sandbox.napas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.egov.sandbox.payment.Vnd;

class NapasOrderTest {

    private final OffsetDateTime created = OffsetDateTime.parse("2025-03-10T09:00:00+07:00");
    private final NapasOrder order = new NapasOrder(
            new NapasPayRequest("2.0", "HS-1", "Le phi", new Vnd(150_000), "vn", "http://r", "http://b", "1.2.3.4"),
            "token",
            created,
            created.plusMinutes(15));

    @Test
    void hasNoResultForQueryDrWhileThePayerMayStillAct() {
        assertThat(order.result(created.plusMinutes(5))).isEmpty();
    }

    @Test
    void reportsPaidAsZeroAndDeclinedAsSeven() {
        order.pay("100", created.plusMinutes(1));
        assertThat(order.result(created.plusMinutes(2))).contains(NapasResponseCode.SUCCESS);

        NapasOrder other = new NapasOrder(order.request(), "t2", created, created.plusMinutes(15));
        other.decline("101", created.plusMinutes(1));
        assertThat(other.result(created.plusMinutes(2))).contains(NapasResponseCode.INSUFFICIENT_FUNDS);
    }

    @Test
    void reportsAnUnpaidOrderAsExpiredWithThreeOnceItsTimeIsUpEvenIfThePayerCancelled() {
        order.cancel(created.plusMinutes(1));

        assertThat(order.result(created.plusMinutes(10))).isEmpty();
        assertThat(order.result(created.plus(Duration.ofMinutes(15)))).contains(NapasResponseCode.EXPIRED);
    }

    @Test
    void letsThePayerDecideOnlyOnce() {
        order.pay("100", created.plusMinutes(1));

        assertThatIllegalStateException().isThrownBy(() -> order.decline("101", created.plusMinutes(2)));
    }

    @Test
    void refundsNoMoreThanWasPaid() {
        order.pay("100", created.plusMinutes(1));
        order.refund("RF-1", new Vnd(100_000), "102", created.plusMinutes(2));

        assertThat(order.refundable()).isEqualTo(new Vnd(50_000));
        assertThatIllegalStateException()
                .isThrownBy(() -> order.refund("RF-2", new Vnd(50_001), "103", created.plusMinutes(3)));
    }
}
