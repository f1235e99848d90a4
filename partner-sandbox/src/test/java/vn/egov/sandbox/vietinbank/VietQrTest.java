package vn.egov.sandbox.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.sandbox.vietinbank.VietQrFixture.aVietQr;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.sandbox.payment.Vnd;

class VietQrTest {

    @Test
    void readsTheBeneficiaryAmountAndPurposeOfADynamicQr() {
        VietQr qr =
                VietQr.read(aVietQr().forAmount(250_000).forPurpose("HS0001TT").payload());

        assertThat(qr).isEqualTo(new VietQr("970415", "113000006688", new Vnd(250_000), "HS0001TT"));
    }

    @Test
    void acceptsALowerCaseCrc() {
        String payload = aVietQr().payload();
        String lower = payload.substring(0, payload.length() - 4)
                + payload.substring(payload.length() - 4).toLowerCase();

        assertThat(VietQr.read(lower).purpose()).isEqualTo("HS0001TT");
    }

    @Nested
    class Refuses {

        @Test
        void aWrongCrcAsField63() {
            assertRefused(aVietQr().withCrc("0000").payload(), "63");
        }

        @Test
        void aPayloadAlteredAfterItsCrcWasComputedAsField63() {
            String payload = aVietQr().forAmount(150_000).payload();

            assertRefused(payload.replace("5406150000", "5406100000"), "63");
        }

        @Test
        void aStaticQrAsField01() {
            assertRefused(aVietQr().static_().payload(), "01");
        }

        @Test
        void aCardTransferServiceAsField3802() {
            assertRefused(aVietQr().forService("QRIBFTTC").payload(), "38.02");
        }

        @Test
        void aMissingPurposeAsField6208() {
            assertRefused(aVietQr().withoutPurpose().payload(), "62.08");
        }

        @Test
        void aFractionalAmountAsField54() {
            assertRefused(aVietQr().withAmountText("150000.50").payload(), "54");
        }

        @Test
        void aLengthThatRunsPastTheEnd() {
            String body = "000201010212380599";
            String payload = body + "6304" + EmvCrc.of(body + "6304");

            assertThatThrownBy(() -> VietQr.read(payload)).isInstanceOf(VietQrRefused.class);
        }

        private void assertRefused(String payload, String field) {
            assertThatThrownBy(() -> VietQr.read(payload))
                    .isInstanceOfSatisfying(VietQrRefused.class, refused -> assertThat(refused.field())
                            .isEqualTo(field));
        }
    }
}
