package vn.egov.sandbox.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsEncodingTest {

    @Nested
    class Unaccented {

        @ParameterizedTest
        @CsvSource({"1,1", "160,1", "161,2", "306,2", "307,3", "459,3", "460,4"})
        void billsOneSegmentUpTo160CharactersThen153PerPart(int length, int segments) {
            assertThat(SmsEncoding.GSM_7BIT.segments("x".repeat(length))).isEqualTo(segments);
        }

        @Test
        void countsExtensionCharactersTwice() {
            // 80 braces are 160 septets: one segment; one more character makes two.
            assertThat(SmsEncoding.GSM_7BIT.segments("{}".repeat(40))).isEqualTo(1);
            assertThat(SmsEncoding.GSM_7BIT.segments("{}".repeat(40) + "x")).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Ho so 000.00.15.H17 da co ket qua. Tra cuu: https://dichvucong.danang.gov.vn",
                    "Phi: 200000d (50%) @ {OK}"
                })
        void carriesUnaccentedText(String text) {
            assertThat(SmsEncoding.GSM_7BIT.accepts(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Đà Nẵng", "Nguyễn", "é", "ü", "`", "“quoted”", "emoji 🙂"})
        void refusesAccentsAndCharactersOutsideTheGsmAlphabet(String text) {
            assertThat(SmsEncoding.GSM_7BIT.accepts(text)).isFalse();
        }
    }

    @Nested
    class Unicode {

        @ParameterizedTest
        @CsvSource({"1,1", "70,1", "71,2", "134,2", "135,3"})
        void billsOneSegmentUpTo70CharactersThen67PerPart(int length, int segments) {
            assertThat(SmsEncoding.UCS2.segments("ễ".repeat(length))).isEqualTo(segments);
        }

        @Test
        void carriesVietnameseText() {
            assertThat(SmsEncoding.UCS2.accepts("Hồ sơ đã được tiếp nhận")).isTrue();
        }
    }

    @Test
    void smsTextRefusesTextItsEncodingCannotCarry() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsText("Đà Nẵng", SmsEncoding.GSM_7BIT));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsText(" ", SmsEncoding.UCS2));
        assertThat(new SmsText("x".repeat(200), SmsEncoding.GSM_7BIT).segments())
                .isEqualTo(2);
    }
}
