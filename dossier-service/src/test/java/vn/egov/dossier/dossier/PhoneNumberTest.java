package vn.egov.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0905123456", "0905 123 456", "+84905123456", "84905123456", "+84 905-123-456"})
    void normalisesTheWaysApplicantsWriteAMobileNumber(String typed) {
        assertThat(PhoneNumber.of(typed).e164()).isEqualTo("+84905123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02363822222", "12345", "+12025550123", "", "0905abc456"})
    void refusesWhatIsNotAVietnameseMobileNumber(String typed) {
        assertThat(PhoneNumber.tryParse(typed)).isEmpty();
        assertThatThrownBy(() -> PhoneNumber.of(typed)).isInstanceOf(IllegalArgumentException.class);
    }
}
