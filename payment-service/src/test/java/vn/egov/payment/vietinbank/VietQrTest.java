package vn.egov.payment.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VietQrTest {

    @Test
    void crcIsCcittFalseWithItsStandardCheckValue() {
        assertThat(VietQr.crc("123456789")).isEqualTo("29B1");
    }

    @Test
    void crcMatchesTheSampleOfTheVietQrSpecificationAsPublishedInVietqrTs() {
        // the sample's inner length (0112 before 13 digits) is the specification's own typo; its CRC is over the text
        assertThat(VietQr.crc(
                        "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304"))
                .isEqualTo("F4E5");
    }

    @Test
    void buildsTheStaticCodeOfTheSpecificationsAccountWithItsLengthsRight() {
        assertThat(new VietQr("970403", "0011012345678", null, null).payload())
                .isEqualTo(
                        "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F");
    }

    @Test
    void buildsADynamicCodeAsOtherVietQrLibrariesDo() {
        // vietnam-qr-pay's README sample: ACB, 10 000 VND, purpose "Chuyen tien"
        assertThat(VietQr.dynamic("970416", "257678859", 10_000, "Chuyen tien").payload())
                .isEqualTo("00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA"
                        + "53037045405100005802VN62150811Chuyen tien630453E6");
    }

    @Test
    void readsBackWhatItBuilt() {
        VietQr qr = VietQr.dynamic("970415", "113000006688", 150_000, "EG01HZX5K2M7Q8R9T0V1W2");

        assertThat(VietQr.parse(qr.payload())).isEqualTo(qr);
    }

    @Test
    void refusesAPayloadWhoseAmountWasChanged() {
        String payload = VietQr.dynamic("970415", "113000006688", 150_000, "EG01HZX5K2M7Q8R9T0V1W2")
                .payload();
        String tampered = payload.replace("5406150000", "5406950000");

        assertThatThrownBy(() -> VietQr.parse(tampered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CRC");
    }

    @Test
    void refusesAPayloadWithBrokenFieldsEvenWithARightCrc() {
        String body = "00020101021238570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304";

        assertThatThrownBy(() -> VietQr.parse(body + VietQr.crc(body)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesAFieldLengthThatIsNotTwoDigits() {
        // Found by PaymentInputsFuzzTest: "-2" parsed as a length and the payload ended in an index error (a 500).
        for (String body : java.util.List.of("22-22221'6304", "00+1x6304")) {
            assertThatThrownBy(() -> VietQr.parse(body + VietQr.crc(body)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bad length");
        }
    }

    @Test
    void refusesAPurposeLongerThanTheFieldAllows() {
        assertThatThrownBy(() -> VietQr.dynamic("970415", "113000006688", 1, "EG" + "X".repeat(24)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
