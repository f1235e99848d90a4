package vn.egov.dossier.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void keepsTheFamilyNameAndTheInitialsOfTheOtherWords() {
        assertThat(MaskedName.of("Nguyễn Văn An")).isEqualTo("Nguyễn V** A*");
    }

    @Test
    void countsVietnameseLettersAsOneCharacterEvenWhenDecomposed() {
        String decomposed = "Tr\u0061\u0302\u0300n Thi\u0323 Ho\u0061\u0300ng";

        assertThat(MaskedName.of(decomposed)).isEqualTo("Trần T** H****");
    }

    @Test
    void collapsesExtraSpaces() {
        assertThat(MaskedName.of("  Lê   Minh  ")).isEqualTo("Lê M***");
    }

    @Test
    void aSingleWordStaysAsItIs() {
        assertThat(MaskedName.of("Hùng")).isEqualTo("Hùng");
    }
}
