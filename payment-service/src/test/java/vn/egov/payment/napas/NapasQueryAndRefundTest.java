package vn.egov.payment.napas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.payment.napas.NapasFixtures.NOW;
import static vn.egov.payment.napas.NapasFixtures.ORDER_ID;
import static vn.egov.payment.napas.NapasFixtures.SECRET;
import static vn.egov.payment.napas.NapasFixtures.anOrder;
import static vn.egov.payment.napas.NapasFixtures.properties;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.provider.ProviderUnavailable;
import vn.egov.payment.provider.RefundOrder;
import vn.egov.payment.provider.RefundResult;

/** QueryDR and refund against a stand-in for the gateway's {@code vpcdps} over real HTTP. */
class NapasQueryAndRefundTest {

    private final NapasGatewayStub gateway = new NapasGatewayStub();

    @AfterEach
    void stop() {
        gateway.close();
    }

    private NapasProvider napasAt(Instant now) {
        return new NapasProvider(properties(gateway.baseUrl()), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Map<String, String> queryDrAnswer(String exists, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Command", "queryDR");
        fields.put("vpc_Merchant", "EGOVDANANG");
        fields.put("vpc_MerchTxnRef", ORDER_ID);
        fields.put("vpc_DRExists", exists);
        if (code != null) {
            fields.put("vpc_TxnResponseCode", code);
            fields.put("vpc_Amount", "15000000");
            fields.put("vpc_TransactionNo", "1234567");
            fields.put("vpc_Message", "Giao dịch thành công");
        }
        return fields;
    }

    @Nested
    class QueryDr {

        @Test
        void asksWithASignedRequestAndReadsThePayment() {
            gateway.answerSigned(queryDrAnswer("Y", "0"), SECRET);

            ProviderResult result = napasAt(NOW).query(anOrder());

            assertThat(result)
                    .isEqualTo(new ProviderResult(
                            ORDER_ID, Outcome.SUCCEEDED, 150_000L, "1234567", null, "0 Giao dịch thành công"));
            Map<String, String> request = gateway.requests().get(0);
            assertThat(request)
                    .containsEntry("vpc_Version", "2.1")
                    .containsEntry("vpc_Command", "queryDR")
                    .containsEntry("vpc_AccessCode", "EGOVACCESS")
                    .containsEntry("vpc_Merchant", "EGOVDANANG")
                    .containsEntry("vpc_MerchTxnRef", ORDER_ID)
                    .containsEntry("vpc_User", "egov")
                    .containsEntry("vpc_Password", "egov-napas");
            assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of(SECRET), request))
                    .isTrue();
        }

        @Test
        void readsAnUnknownOrderAsPendingUntilItExpires() {
            gateway.answerSigned(queryDrAnswer("N", null), SECRET);

            assertThat(napasAt(NOW).query(anOrder()).outcome()).isEqualTo(Outcome.PENDING);
            assertThat(napasAt(anOrder().expiresAt()).query(anOrder()).outcome())
                    .isEqualTo(Outcome.NOT_FOUND);
        }

        @Test
        void readsADeclinedPayment() {
            gateway.answerSigned(queryDrAnswer("Y", "7"), SECRET);

            assertThat(napasAt(NOW).query(anOrder()).outcome()).isEqualTo(Outcome.DECLINED);
        }

        @Test
        void takesAnAnswerWithAForgedHashForNoAnswer() {
            gateway.answerSigned(queryDrAnswer("Y", "0"), "FORGER-SECRET");

            assertThatThrownBy(() -> napasAt(NOW).query(anOrder())).isInstanceOf(ProviderUnavailable.class);
        }

        @Test
        void takesAnAnswerAboutAnotherOrderForNoAnswer() {
            Map<String, String> other = queryDrAnswer("Y", "0");
            other.put("vpc_MerchTxnRef", "EG99999999999999999999");
            gateway.answerSigned(other, SECRET);

            assertThatThrownBy(() -> napasAt(NOW).query(anOrder())).isInstanceOf(ProviderUnavailable.class);
        }

        @Test
        void takesAnHttpErrorForNoAnswer() {
            gateway.answerRaw(500, "oops");

            assertThatThrownBy(() -> napasAt(NOW).query(anOrder())).isInstanceOf(ProviderUnavailable.class);
        }

        @Test
        void takesAnEmptyAnswerForNoAnswer() {
            gateway.answerRaw(200, "");

            assertThatThrownBy(() -> napasAt(NOW).query(anOrder())).isInstanceOf(ProviderUnavailable.class);
        }

        @Test
        void takesAnAnswerThatIsNoFormForNoAnswer() {
            gateway.answerRaw(200, "<html>%zz</html>");

            assertThatThrownBy(() -> napasAt(NOW).query(anOrder())).isInstanceOf(ProviderUnavailable.class);
        }

        @Test
        void reportsAGatewayThatIsDownAsUnavailable() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = socket.getLocalPort();
            }
            NapasProvider napas = new NapasProvider(
                    properties("http://127.0.0.1:" + closedPort + "/napas"), Clock.fixed(NOW, ZoneOffset.UTC));

            assertThatThrownBy(() -> napas.query(anOrder())).isInstanceOf(ProviderUnavailable.class);
        }
    }

    @Nested
    class Refund {

        private final RefundOrder refund = new RefundOrder(
                UUID.fromString("6f1d2a3b-0000-4000-8000-000000000001"),
                "EGR1HZX5K2M7Q8R9T0V1W2",
                anOrder(),
                "1234567",
                50_000,
                "Hoàn lệ phí");

        private Map<String, String> refundAnswer(String code) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("vpc_Command", "refund");
            fields.put("vpc_Merchant", "EGOVDANANG");
            fields.put("vpc_MerchTxnRef", refund.refundOrderId());
            fields.put("vpc_TxnResponseCode", code);
            fields.put("vpc_TransactionNo", "7654321");
            fields.put("vpc_Message", code.equals("0") ? "Success" : "Refund refused");
            return fields;
        }

        @Test
        void asksForTheRefundOfThePaymentsTransaction() {
            gateway.answerSigned(refundAnswer("0"), SECRET);

            RefundResult result = napasAt(NOW).refund(refund);

            assertThat(result).isEqualTo(new RefundResult(true, "7654321", "0 Success"));
            assertThat(gateway.requests().get(0))
                    .containsEntry("vpc_Command", "refund")
                    .containsEntry("vpc_MerchTxnRef", "EGR1HZX5K2M7Q8R9T0V1W2")
                    .containsEntry("vpc_TransactionNo", "1234567")
                    .containsEntry("vpc_Amount", "5000000")
                    .containsEntry("vpc_User", "egov")
                    .containsEntry("vpc_Password", "egov-napas");
        }

        @Test
        void reportsARefusalAsAResult() {
            gateway.answerSigned(refundAnswer("1"), SECRET);

            RefundResult result = napasAt(NOW).refund(refund);

            assertThat(result.succeeded()).isFalse();
            assertThat(result.message()).isEqualTo("1 Refund refused");
        }

        @Test
        void takesAForgedSuccessForNoAnswer() {
            gateway.answerSigned(refundAnswer("0"), "FORGER-SECRET");

            assertThatThrownBy(() -> napasAt(NOW).refund(refund)).isInstanceOf(ProviderUnavailable.class);
        }
    }
}
