package vn.egov.contracts.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeTest {

    private static final AgencyCode JUSTICE = AgencyCode.parse("000.00.15.H17");

    @Test
    void padsTheSequenceToFourDigits() {
        assertThat(DossierCode.of(JUSTICE, LocalDate.of(2026, 11, 23), 7)).hasToString("000.00.15.H17-261123-0007");
    }

    @Test
    void widensTheSequencePast9999() {
        assertThat(DossierCode.of(JUSTICE, LocalDate.of(2026, 11, 23), 12345).value())
                .isEqualTo("000.00.15.H17-261123-12345");
    }

    @Test
    void refusesASequenceBelowOne() {
        assertThatThrownBy(() -> DossierCode.of(JUSTICE, LocalDate.of(2026, 11, 23), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatIsNotADossierCode() {
        assertThatThrownBy(() -> new DossierCode("H17-261123-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DossierCode.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DossierCode.isValid("000.00.15.H17-261123-0001")).isTrue();
        assertThat(DossierCode.isValid("000.00.15.H17-2611-0001")).isFalse();
        assertThat(DossierCode.isValid(null)).isFalse();
    }

    @Test
    void namesTheAgencyThatReceivedIt() {
        assertThat(DossierCode.parse("000.00.16.H17-261123-0001").agency())
                .isEqualTo(AgencyCode.parse("000.00.16.H17"));
    }
}
