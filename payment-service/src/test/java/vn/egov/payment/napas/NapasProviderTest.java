package vn.egov.payment.napas;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.payment.napas.NapasFixtures.NOW;
import static vn.egov.payment.napas.NapasFixtures.ORDER_ID;
import static vn.egov.payment.napas.NapasFixtures.SECRET;
import static vn.egov.payment.napas.NapasFixtures.anOrder;
import static vn.egov.payment.napas.NapasFixtures.browserReturn;
import static vn.egov.payment.napas.NapasFixtures.paidReturn;
import static vn.egov.payment.napas.NapasFixtures.properties;
import static vn.egov.payment.napas.NapasFixtures.signed;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.CallbackReply;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.provider.CallbackVerdict.Authentic;
import vn.egov.payment.provider.CallbackVerdict.Refused;
import vn.egov.payment.provider.Checkout;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.ProviderResult;

class NapasProviderTest {

    private static final String BASE = "http://napas.test/napas";

    private final NapasProvider napas = new NapasProvider(properties(BASE), Clock.fixed(NOW, ZoneOffset.UTC));

    @Nested
    class Start {

        @Test
        void sendsThePayerToThePayPageWithASignedRequest() {
            Checkout checkout = napas.start(anOrder());

            assertThat(checkout.qrPayload()).isNull();
            URI url = URI.create(checkout.redirectUrl());
            assertThat(url.getScheme() + "://" + url.getAuthority() + url.getPath())
                    .isEqualTo(BASE + "/gateway/vpcpay.do");
            Map<String, String> fields = FormEncoding.decode(url.getRawQuery());
            assertThat(fields)
                    .containsEntry("vpc_Version", "2.0")
                    .containsEntry("vpc_Command", "pay")
                    .containsEntry("vpc_AccessCode", "EGOVACCESS")
                    .containsEntry("vpc_Merchant", "EGOVDANANG")
                    .containsEntry("vpc_MerchTxnRef", ORDER_ID)
                    .containsEntry("vpc_Amount", "15000000")
                    .containsEntry("vpc_CurrencyCode", "VND")
                    .containsEntry("vpc_Locale", "vn")
                    .containsEntry("vpc_TicketNo", "203.113.1.20")
                    .containsEntry("vpc_ReturnURL", "http://localhost:8080/api/payments/callbacks/napas/return")
                    .containsEntry(
                            "vpc_BackURL", "http://localhost:8080/api/payments/callbacks/napas/return?cancelled=true");
            assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of(SECRET), fields))
                    .isTrue();
        }

        @Test
        void describesTheOrderWithoutDiacritics() {
            Map<String, String> fields = FormEncoding.decode(
                    URI.create(napas.start(anOrder()).redirectUrl()).getRawQuery());

            assertThat(fields).containsEntry("vpc_OrderInfo", "Le phi ho so 000.00.15.H17-261123-0001");
            assertThat(checkoutUrl()).doesNotContain(" ").isASCII();
        }

        private String checkoutUrl() {
            return napas.start(anOrder()).redirectUrl();
        }
    }

    @Nested
    class BrowserReturn {

        @Test
        void believesASignedReturnAsAHintToConfirm() {
            CallbackVerdict verdict = napas.verify(browserReturn(signed(paidReturn(), SECRET)));

            assertThat(verdict).isInstanceOf(Authentic.class);
            Authentic authentic = (Authentic) verdict;
            assertThat(authentic.needsConfirmation()).isTrue();
            assertThat(authentic.result())
                    .isEqualTo(new ProviderResult(
                            ORDER_ID, Outcome.SUCCEEDED, 150_000L, "1234567", null, "0 Giao dich thanh cong"));
        }

        @Test
        void refusesAReturnWhoseAmountWasChangedAfterSigning() {
            Map<String, String> query = signed(paidReturn(), SECRET);
            query.put("vpc_Amount", "100");

            assertThat(napas.verify(browserReturn(query))).isInstanceOf(Refused.class);
        }

        @Test
        void refusesAReturnSignedWithAnotherSecret() {
            assertThat(napas.verify(browserReturn(signed(paidReturn(), "NOT-THE-SECRET"))))
                    .isInstanceOf(Refused.class);
        }

        @Test
        void refusesAnUnsignedReturn() {
            assertThat(napas.verify(browserReturn(paidReturn()))).isInstanceOf(Refused.class);
        }

        @Test
        void refusesAReturnForAnotherMerchant() {
            Map<String, String> fields = paidReturn();
            fields.put("vpc_Merchant", "OTHERSHOP");

            assertThat(napas.verify(browserReturn(signed(fields, SECRET)))).isInstanceOf(Refused.class);
        }

        @Test
        void refusesASignedReturnWithAnAmountThatIsNoWholeDong() {
            Map<String, String> fields = paidReturn();
            fields.put("vpc_Amount", "15000050");

            assertThat(napas.verify(browserReturn(signed(fields, SECRET)))).isInstanceOf(Refused.class);
        }

        @Test
        void readsTheIssuersRefusal() {
            Map<String, String> fields = paidReturn();
            fields.put("vpc_ResponseCode", "7");
            fields.put("vpc_Message", "Khong du so du");

            Authentic verdict = (Authentic) napas.verify(browserReturn(signed(fields, SECRET)));

            assertThat(verdict.result().outcome()).isEqualTo(Outcome.DECLINED);
            assertThat(verdict.result().message()).isEqualTo("7 Khong du so du");
        }

        @Test
        void refusesAServerToServerNotification() {
            InboundCallback notification = new InboundCallback(
                    NapasProvider.CODE,
                    InboundCallback.NOTIFICATION,
                    Map.of(),
                    "vpc_ResponseCode=0".getBytes(),
                    "application/x-www-form-urlencoded",
                    "203.113.1.20",
                    NOW);

            assertThat(napas.verify(notification)).isInstanceOf(Refused.class);
        }
    }

    @Nested
    class Cancel {

        @Test
        void readsTheUnsignedCancelAsPendingSoThatQueryDrDecides() {
            CallbackVerdict verdict =
                    napas.verify(browserReturn(Map.of("cancelled", "true", "vpc_MerchTxnRef", ORDER_ID)));

            assertThat(verdict).isInstanceOf(Authentic.class);
            Authentic authentic = (Authentic) verdict;
            assertThat(authentic.needsConfirmation()).isTrue();
            assertThat(authentic.result().providerOrderId()).isEqualTo(ORDER_ID);
            assertThat(authentic.result().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(authentic.result().amount()).isNull();
        }

        @Test
        void refusesACancelThatNamesNoOrderOfOurs() {
            assertThat(napas.verify(browserReturn(Map.of("cancelled", "true")))).isInstanceOf(Refused.class);
            assertThat(napas.verify(browserReturn(Map.of("cancelled", "true", "vpc_MerchTxnRef", "<script>"))))
                    .isInstanceOf(Refused.class);
        }
    }

    @Nested
    class Reply {

        @Test
        void redirectsTheBelievedPayerToTheLandingPageOfTheOrder() {
            InboundCallback callback = browserReturn(signed(paidReturn(), SECRET));
            CallbackReply reply = napas.reply(callback, napas.verify(callback), CallbackHandling.APPLIED);

            assertThat(reply.status()).isEqualTo(303);
            assertThat(reply.headers())
                    .containsEntry("Location", "http://localhost:8080/api/public/payments/by-order/NAPAS/" + ORDER_ID);
        }

        @Test
        void answersARefusedReturnWithAShortPageInVietnamese() {
            InboundCallback callback = browserReturn(paidReturn());
            CallbackReply reply = napas.reply(callback, napas.verify(callback), CallbackHandling.REFUSED);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.headers()).containsEntry("Content-Type", "text/html; charset=UTF-8");
            assertThat(reply.body()).contains("Không xác nhận được kết quả thanh toán");
        }
    }

    @Nested
    class KeyRotation {

        private static final String NEW_SECRET = "EGOV-NAPAS-ROTATED-SECRET";
        private static final Instant WINDOW_END = NOW.plusSeconds(3600);

        private NapasProvider rotated(Instant now) {
            NapasProperties rotated = new NapasProperties(
                    BASE,
                    "EGOVDANANG",
                    "EGOVACCESS",
                    NEW_SECRET,
                    SECRET,
                    WINDOW_END,
                    "egov",
                    "egov-napas",
                    NapasHashAlgorithm.MD5,
                    "http://r",
                    "http://b",
                    "http://l/{orderId}",
                    java.time.Duration.ofSeconds(2),
                    java.time.Duration.ofSeconds(5));
            return new NapasProvider(rotated, Clock.fixed(now, ZoneOffset.UTC));
        }

        @Test
        void acceptsTheNewSecretAndThePreviousOneWhileTheWindowIsOpen() {
            NapasProvider provider = rotated(NOW);

            assertThat(provider.verify(browserReturn(signed(paidReturn(), NEW_SECRET))))
                    .isInstanceOf(Authentic.class);
            assertThat(provider.verify(browserReturn(signed(paidReturn(), SECRET))))
                    .isInstanceOf(Authentic.class);
        }

        @Test
        void refusesThePreviousSecretOnceTheWindowIsClosed() {
            NapasProvider provider = rotated(WINDOW_END);

            assertThat(provider.verify(browserReturn(signed(paidReturn(), SECRET))))
                    .isInstanceOf(Refused.class);
            assertThat(provider.verify(browserReturn(signed(paidReturn(), NEW_SECRET))))
                    .isInstanceOf(Authentic.class);
        }

        @Test
        void signsWithTheNewSecretOnly() {
            Map<String, String> fields = FormEncoding.decode(
                    URI.create(rotated(NOW).start(anOrder()).redirectUrl()).getRawQuery());

            assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of(NEW_SECRET), fields))
                    .isTrue();
            assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of(SECRET), fields))
                    .isFalse();
        }
    }
}
