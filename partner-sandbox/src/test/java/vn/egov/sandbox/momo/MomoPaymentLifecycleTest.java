package vn.egov.sandbox.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.sandbox.support.MutableClock;

/** Create, expiry, query and refund of MoMo orders, without Spring and without HTTP. */
class MomoPaymentLifecycleTest {

    private static final String SECRET = "K951B6PE1waDMi640xX08PD3vg6EkVlz";

    private final MutableClock clock = MutableClock.at("2025-03-10T02:00:00Z");
    private final MomoProperties properties =
            new MomoProperties("MOMO", "F8BBA842ECF85", SECRET, "Cổng DVC", "", Duration.ofMinutes(15));
    private final MomoOrders orders = new MomoOrders(clock);
    private final CreateMomoPayment create = new CreateMomoPayment(properties, orders, clock);
    private final QueryMomoPayment query = new QueryMomoPayment(properties, orders, clock);
    private final RefundMomoPayment refund = new RefundMomoPayment(properties, orders, clock);
    private final ViewMomoPayPage page = new ViewMomoPayPage(properties, orders, clock);

    @Test
    void handsOutAPayUrlUnderTheBaseTheRequestCameTo() {
        MomoCreated created = create.create(creation("HS-1", 150_000L), "http://127.0.0.1:5555");

        assertThat(created.code()).isEqualTo(MomoResultCode.SUCCESS);
        assertThat(created.payUrl()).matches("http://127\\.0\\.0\\.1:5555/sandbox/momo/pay/[0-9a-f]{32}");
    }

    @Test
    void refusesAmountsOutsideMomosRangeWith22() {
        assertThat(create.create(creation("HS-2", 999L), "http://x").code())
                .isEqualTo(MomoResultCode.AMOUNT_OUT_OF_RANGE);
        assertThat(create.create(creation("HS-3", 50_000_001L), "http://x").code())
                .isEqualTo(MomoResultCode.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void refusesARepeatedOrderIdWith41() {
        create.create(creation("HS-4", 10_000L), "http://x");

        assertThat(create.create(creation("HS-4", 10_000L), "http://x").code())
                .isEqualTo(MomoResultCode.DUPLICATED_ORDER_ID);
    }

    @Test
    void refusesAMissingIpnUrlAsBadFormat() {
        MomoCreation valid = creation("HS-5", 10_000L);
        MomoCreation noIpn = new MomoCreation(
                valid.partnerCode(),
                valid.requestId(),
                valid.amount(),
                valid.orderId(),
                valid.orderInfo(),
                valid.redirectUrl(),
                null,
                valid.requestType(),
                valid.extraData(),
                valid.lang(),
                valid.signature());

        assertThat(create.create(noIpn, "http://x").code()).isEqualTo(MomoResultCode.BAD_FORMAT);
    }

    @Nested
    class Expiry {

        @Test
        void reportsAnUnpaidOrderAsAwaitingThePayerUntilItsExpiry() {
            create.create(creation("HS-10", 10_000L), "http://x");
            clock.advance(Duration.ofMinutes(14));

            assertThat(query.query(query("HS-10")).code()).isEqualTo(MomoResultCode.AWAITING_PAYER);
        }

        @Test
        void reportsAnUnpaidOrderAsExpiredOnQueryAndPageAfterItsExpiry() {
            MomoCreated created = create.create(creation("HS-11", 10_000L), "http://x");
            clock.advance(Duration.ofMinutes(15));

            assertThat(query.query(query("HS-11")).code()).isEqualTo(MomoResultCode.EXPIRED);
            MomoPayPage shown = page.view(token(created)).orElseThrow();
            assertThat(shown.code()).isEqualTo(MomoResultCode.EXPIRED);
            assertThat(shown.awaitingPayer()).isFalse();
        }

        @Test
        void refusesPaymentOfAnExpiredOrder() {
            create.create(creation("HS-12", 10_000L), "http://x");
            clock.advance(Duration.ofMinutes(16));
            MomoOrder order = orders.byOrderId("HS-12").orElseThrow();

            assertThatIllegalStateException().isThrownBy(() -> order.pay(1L, OffsetDateTime.now(clock)));
        }
    }

    @Nested
    class Query {

        @Test
        void answers42ForAnOrderMomoDoesNotKnow() {
            assertThat(query.query(query("NOPE")).code()).isEqualTo(MomoResultCode.ORDER_NOT_FOUND);
        }

        @Test
        void answers13ForABadSignature() {
            MomoQuery forged = new MomoQuery("MOMO", "R", "HS-1", "vi", "00".repeat(32));

            assertThat(query.query(forged).code()).isEqualTo(MomoResultCode.MERCHANT_AUTHENTICATION_FAILED);
        }

        @Test
        void reportsAPaidOrderWithItsTransId() {
            create.create(creation("HS-13", 10_000L), "http://x");
            paid("HS-13", 4_000_000_013L);

            MomoQueryResult result = query.query(query("HS-13"));

            assertThat(result.code()).isEqualTo(MomoResultCode.SUCCESS);
            assertThat(result.order().transId()).isEqualTo(4_000_000_013L);
        }
    }

    @Nested
    class Refund {

        @Test
        void refundsUpToTheAmountPaidThenAnswers1080() {
            create.create(creation("HS-20", 100_000L), "http://x");
            paid("HS-20", 4_000_000_020L);

            assertThat(refund.refund(refund("RF-1", 60_000L, 4_000_000_020L)).code())
                    .isEqualTo(MomoResultCode.SUCCESS);
            assertThat(refund.refund(refund("RF-2", 40_001L, 4_000_000_020L)).code())
                    .isEqualTo(MomoResultCode.REFUND_EXCEEDS_REFUNDABLE);
            assertThat(refund.refund(refund("RF-3", 40_000L, 4_000_000_020L)).code())
                    .isEqualTo(MomoResultCode.SUCCESS);
            assertThat(query.query(query("HS-20")).refunds()).hasSize(2);
        }

        @Test
        void answers42ForATransIdThatIsNotAPayment() {
            assertThat(refund.refund(refund("RF-4", 10_000L, 123L)).code()).isEqualTo(MomoResultCode.ORDER_NOT_FOUND);
        }

        @Test
        void answers41ForARefundOrderIdAlreadyUsed() {
            create.create(creation("HS-21", 100_000L), "http://x");
            paid("HS-21", 4_000_000_021L);

            assertThat(refund.refund(refund("HS-21", 10_000L, 4_000_000_021L)).code())
                    .isEqualTo(MomoResultCode.DUPLICATED_ORDER_ID);
        }
    }

    private void paid(String orderId, long transId) {
        MomoOrder order = orders.byOrderId(orderId).orElseThrow();
        order.pay(transId, OffsetDateTime.now(clock));
        orders.indexTransId(order);
    }

    private static String token(MomoCreated created) {
        return created.payUrl().substring(created.payUrl().lastIndexOf('/') + 1);
    }

    private static MomoCreation creation(String orderId, long amount) {
        String ipn = "http://localhost:8080/api/payments/callbacks/momo";
        String redirect = "http://localhost:3000/thanh-toan/ket-qua";
        String raw = MomoSignature.createRequestRaw(
                "F8BBA842ECF85",
                amount,
                "",
                ipn,
                orderId,
                "Lệ phí",
                "MOMO",
                redirect,
                "REQ-" + orderId,
                "captureWallet");
        return new MomoCreation(
                "MOMO",
                "REQ-" + orderId,
                amount,
                orderId,
                "Lệ phí",
                redirect,
                ipn,
                "captureWallet",
                "",
                "vi",
                new MomoSignature(SECRET).sign(raw));
    }

    private static MomoQuery query(String orderId) {
        String raw = MomoSignature.queryRequestRaw("F8BBA842ECF85", orderId, "MOMO", "Q-" + orderId);
        return new MomoQuery("MOMO", "Q-" + orderId, orderId, "vi", new MomoSignature(SECRET).sign(raw));
    }

    private static MomoRefundSubmission refund(String refundOrderId, long amount, long transId) {
        String raw = MomoSignature.refundRequestRaw(
                "F8BBA842ECF85", amount, "", refundOrderId, "MOMO", "R-" + refundOrderId, transId);
        return new MomoRefundSubmission(
                "MOMO",
                refundOrderId,
                "R-" + refundOrderId,
                amount,
                transId,
                "vi",
                "",
                new MomoSignature(SECRET).sign(raw));
    }
}
