package vn.egov.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnaccentedTextTest {

    @Test
    void foldsVietnameseToUnaccentedLetters() {
        assertThat(UnaccentedText.fold("Hồ sơ của bạn đã được tiếp nhận").value())
                .isEqualTo("Ho so cua ban da duoc tiep nhan");
    }

    @Test
    void foldsDWithStrokeWhichHasNoCombiningMark() {
        assertThat(UnaccentedText.fold("Đăng ký khai sinh tại Đà Nẵng").value())
                .isEqualTo("Dang ky khai sinh tai Da Nang");
    }

    @Test
    void replacesTypographicPunctuationByItsGsmCounterpart() {
        assertThat(UnaccentedText.fold("“Phiếu” – số 1…").value()).isEqualTo("\"Phieu\" - so 1...");
    }

    @Test
    void replacesWhatGsmCannotCarry() {
        assertThat(UnaccentedText.fold("Mã `x` ✓").value()).isEqualTo("Ma ?x? ?");
    }

    @Test
    void countsOneSegmentUpTo160CharactersThen153PerPart() {
        assertThat(new UnaccentedText("a".repeat(160)).segments()).isEqualTo(1);
        assertThat(new UnaccentedText("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(new UnaccentedText("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(new UnaccentedText("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void countsGsmExtensionCharactersTwice() {
        assertThat(new UnaccentedText("[a]").length()).isEqualTo(5);
    }

    @Test
    void refusesAccentedText() {
        assertThatThrownBy(() -> new UnaccentedText("Hồ sơ")).isInstanceOf(IllegalArgumentException.class);
    }
}
