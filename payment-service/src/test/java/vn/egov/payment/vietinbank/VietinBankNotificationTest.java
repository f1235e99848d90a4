package vn.egov.payment.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.payment.vietinbank.VietinBankFixtures.BANK;
import static vn.egov.payment.vietinbank.VietinBankFixtures.BANK_BEFORE_ROTATION;
import static vn.egov.payment.vietinbank.VietinBankFixtures.JSON;
import static vn.egov.payment.vietinbank.VietinBankFixtures.NOW;
import static vn.egov.payment.vietinbank.VietinBankFixtures.OURS;
import static vn.egov.payment.vietinbank.VietinBankFixtures.REFERENCE;
import static vn.egov.payment.vietinbank.VietinBankFixtures.aCredit;
import static vn.egov.payment.vietinbank.VietinBankFixtures.notification;
import static vn.egov.payment.vietinbank.VietinBankFixtures.pem;
import static vn.egov.payment.vietinbank.VietinBankFixtures.properties;
import static vn.egov.payment.vietinbank.VietinBankFixtures.signedBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.CallbackReply;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.provider.CallbackVerdict.Authentic;
import vn.egov.payment.provider.CallbackVerdict.Refused;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.provider.Signatures;

class VietinBankNotificationTest {

    private final VietinBankProvider bank = providerAt(NOW, properties("http://127.0.0.1:9"));

    private static VietinBankProvider providerAt(Instant now, VietinBankProperties properties) {
        return new VietinBankProvider(properties, "EG", Clock.fixed(now, ZoneOffset.UTC));
    }

    private CallbackVerdict verify(ObjectNode body) {
        return bank.verify(notification(JSON.writeValueAsString(body)));
    }

    @Nested
    class Verify {

        @Test
        void believesACreditSignedByTheBankAndFindsTheOrderInTheRemark() {
            CallbackVerdict verdict = verify(signedBy(BANK, aCredit()));

            assertThat(verdict)
                    .isEqualTo(new Authentic(
                            new ProviderResult(
                                    REFERENCE,
                                    Outcome.SUCCEEDED,
                                    150_000L,
                                    "VTB2026120700001",
                                    Instant.parse("2026-12-07T02:55:12Z"),
                                    "bankTransId FT26341000123"),
                            false));
        }

        @Test
        void takesTheAmountAsANumberToo() {
            ObjectNode credit = aCredit();
            credit.put("amount", 150000);

            assertThat(verify(signedBy(BANK, credit))).isInstanceOf(Authentic.class);
        }

        @Test
        void reportsACreditWithoutOurReferenceAsNamingNoOrder() {
            ObjectNode credit = aCredit();
            credit.put("remark", "chuyen tien le phi");

            Authentic verdict = (Authentic) verify(signedBy(BANK, credit));

            assertThat(verdict.result().providerOrderId()).isNull();
            assertThat(verdict.result().amount()).isEqualTo(150_000L);
        }

        @ParameterizedTest
        @ValueSource(strings = {"amount", "remark", "transId", "transTime", "bankTransId", "custCode"})
        void refusesACreditChangedAfterSigning(String field) {
            ObjectNode credit = signedBy(BANK, aCredit());
            credit.put(
                    field,
                    field.equals("amount") ? "1500000" : credit.path(field).asString() + "1");

            assertThat(verify(credit)).isInstanceOf(Refused.class);
        }

        @Test
        void refusesACreditSignedWithAnotherKey() {
            assertThat(verify(signedBy(OURS, aCredit()))).isInstanceOf(Refused.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "not base64 at all!", "AAAA"})
        void refusesASignatureThatIsNone(String signature) {
            ObjectNode credit = signedBy(BANK, aCredit());
            credit.put("signature", signature);

            assertThat(verify(credit)).isInstanceOf(Refused.class);
        }

        @Test
        void refusesASignedCreditToAnotherAccountProviderOrCurrency() {
            ObjectNode account = aCredit();
            account.put("recvAcctId", "999999999");
            ObjectNode provider = aCredit();
            provider.put("providerId", "OTHER");
            ObjectNode currency = aCredit();
            currency.put("currencyCode", "USD");

            assertThat(verify(signedBy(BANK, account))).isInstanceOf(Refused.class);
            assertThat(verify(signedBy(BANK, provider))).isInstanceOf(Refused.class);
            assertThat(verify(signedBy(BANK, currency))).isInstanceOf(Refused.class);
        }

        @Test
        void refusesASignedCreditWithAnAmountOrTimeThatIsNone() {
            ObjectNode amount = aCredit();
            amount.put("amount", "150000.50");
            ObjectNode time = aCredit();
            time.put("transTime", "2026-12-07 09:55");

            assertThat(verify(signedBy(BANK, amount))).isInstanceOf(Refused.class);
            assertThat(verify(signedBy(BANK, time))).isInstanceOf(Refused.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "{", "[]", "null", "{\"transId\":\"1\"}", "{\"transId\":{\"a\":1}}"})
        void refusesWhatIsNoNotificationWithoutThrowing(String body) {
            assertThat(bank.verify(notification(body))).isInstanceOf(Refused.class);
        }

        @Test
        void refusesABrowserReturn() {
            InboundCallback browser = new InboundCallback(
                    VietinBankProvider.CODE,
                    InboundCallback.RETURN,
                    java.util.Map.of("transId", "1"),
                    null,
                    null,
                    "203.113.1.20",
                    NOW);

            assertThat(bank.verify(browser)).isInstanceOf(Refused.class);
        }
    }

    @Nested
    class KeyRotation {

        private final Instant windowEnd = NOW.plusSeconds(3600);
        private final VietinBankProperties rotating = properties(
                "http://127.0.0.1:9",
                pem("PUBLIC KEY", BANK_BEFORE_ROTATION.getPublic().getEncoded()),
                windowEnd);

        @Test
        void acceptsTheBanksPreviousKeyWhileTheWindowIsOpen() {
            VietinBankProvider provider = providerAt(NOW, rotating);

            assertThat(provider.verify(
                            notification(JSON.writeValueAsString(signedBy(BANK_BEFORE_ROTATION, aCredit())))))
                    .isInstanceOf(Authentic.class);
            assertThat(provider.verify(notification(JSON.writeValueAsString(signedBy(BANK, aCredit())))))
                    .isInstanceOf(Authentic.class);
        }

        @Test
        void refusesTheBanksPreviousKeyOnceTheWindowIsClosed() {
            VietinBankProvider provider = providerAt(windowEnd, rotating);

            assertThat(provider.verify(
                            notification(JSON.writeValueAsString(signedBy(BANK_BEFORE_ROTATION, aCredit())))))
                    .isInstanceOf(Refused.class);
        }
    }

    @Nested
    class Reply {

        private JsonNode replyTo(ObjectNode body, CallbackHandling handling) {
            InboundCallback callback = notification(JSON.writeValueAsString(body));
            CallbackReply reply = bank.reply(callback, bank.verify(callback), handling);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.headers()).containsEntry("Content-Type", "application/json");
            JsonNode answer = JSON.readTree(reply.body());
            assertThat(Signatures.rsaSha256Verifies(
                            OURS.getPublic(),
                            answer.path("transId").asString()
                                    + answer.path("errorCode").asString()
                                    + answer.path("errorDesc").asString(),
                            answer.path("signature").asString()))
                    .as("signed with our key")
                    .isTrue();
            return answer;
        }

        @ParameterizedTest
        @EnumSource(
                value = CallbackHandling.class,
                names = {"APPLIED", "NOTED", "UNKNOWN_ORDER", "WRONG_AMOUNT"})
        void confirmsEverythingRecordedSoThatTheBankStopsSending(CallbackHandling handling) {
            JsonNode answer = replyTo(signedBy(BANK, aCredit()), handling);

            assertThat(answer.path("transId").asString()).isEqualTo("VTB2026120700001");
            assertThat(answer.path("providerId").asString()).isEqualTo("EGOVDN");
            assertThat(answer.path("errorCode").asString()).isEqualTo("00");
        }

        @Test
        void answersADuplicateWith05() {
            assertThat(replyTo(signedBy(BANK, aCredit()), CallbackHandling.DUPLICATE)
                            .path("errorCode")
                            .asString())
                    .isEqualTo("05");
        }

        @Test
        void answersOurFailureWith99SoThatTheBankRetries() {
            assertThat(replyTo(signedBy(BANK, aCredit()), CallbackHandling.ERROR)
                            .path("errorCode")
                            .asString())
                    .isEqualTo("99");
        }

        @Test
        void answersAForgeryWith01() {
            assertThat(replyTo(signedBy(OURS, aCredit()), CallbackHandling.REFUSED)
                            .path("errorCode")
                            .asString())
                    .isEqualTo("01");
        }
    }

    @Test
    void refusesToRefundATransferThroughTheBank() {
        assertThat(bank.refund(null).succeeded()).isFalse();
        assertThat(bank.refund(null).message()).startsWith("Hoàn tiền chuyển khoản do cán bộ thực hiện");
    }

    @Test
    void readsTheSandboxKeysFromTheClasspathByDefault() {
        VietinBankProperties defaults = new VietinBankProperties(
                "http://localhost:8090",
                "EGOVDN",
                "EGOVDN",
                "EGOVDN",
                "113000006688",
                "970415",
                "egov-client-id",
                "egov-client-secret",
                "classpath:keys/vietinbank-sandbox-public.pem",
                null,
                null,
                "classpath:keys/egov-local-private.pem",
                java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(5));

        VietinBankKeys keys = new VietinBankKeys(defaults);

        assertThat(keys.sign("x")).isNotBlank();
        assertThat(keys.bankSigned("x", keys.sign("x"), NOW))
                .as("ours is not the bank's")
                .isFalse();
    }
}
