package vn.egov.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void padsTheSequenceToFourDigits() {
        assertThat(DossierCode.of("000.00.15.H17", LocalDate.of(2026, 11, 23), 7)
                        .value())
                .isEqualTo("000.00.15.H17-261123-0007");
    }

    @Test
    void widensPast9999InsteadOfFailing() {
        assertThat(DossierCode.of("000.00.15.H17", LocalDate.of(2026, 11, 23), 12345)
                        .value())
                .isEqualTo("000.00.15.H17-261123-12345");
    }

    @Test
    void refusesTextThatIsNotACode() {
        assertThatThrownBy(() -> new DossierCode("H17-261123-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DossierCode.looksLikeOne("000.00.15.H17-261123-0001")).isTrue();
        assertThat(DossierCode.looksLikeOne("000.00.15.H17-2611-0001")).isFalse();
    }
}
