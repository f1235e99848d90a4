package vn.egov.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void keepsTheGivenNameAndTheInitialsOfTheOtherWords() {
        assertThat(MaskedName.of("Nguyễn Văn An")).isEqualTo("N***** V** An");
        assertThat(MaskedName.of("Đặng Thị Thu Hà")).isEqualTo("Đ*** T** T** Hà");
    }

    @Test
    void countsAVietnameseLetterOnceEvenWhenTypedAsBaseAndMarks() {
        String decomposed = "Tr\u0061\u0302\u0300n Ho\u0061\u0300ng Anh";

        assertThat(MaskedName.of(decomposed)).isEqualTo("T*** H**** Anh");
    }

    @Test
    void collapsesExtraSpaces() {
        assertThat(MaskedName.of("  Lê   Minh  ")).isEqualTo("L* Minh");
    }

    @Test
    void aSingleWordStaysAsItIsAndNothingStaysNothing() {
        assertThat(MaskedName.of("Hùng")).isEqualTo("Hùng");
        assertThat(MaskedName.of("  ")).isEmpty();
        assertThat(MaskedName.of(null)).isEmpty();
    }
}
