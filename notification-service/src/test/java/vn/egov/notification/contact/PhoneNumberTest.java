package vn.egov.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"0905123456", "0905 123 456", "+84 905 123 456", "84905123456", "+84905123456", "0905.123.456"})
    void normalisesTheWaysPeopleWriteAMobileNumberTo84Form(String written) {
        assertThat(PhoneNumber.parse(written)).hasValue(new PhoneNumber("84905123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12345", "02363821234", "+1 650 253 0000", "0905123", "not a number"})
    void refusesWhatIsNotAVietnameseMobile(String written) {
        assertThat(PhoneNumber.parse(written)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void writesTheNationalForm() {
        assertThat(new PhoneNumber("84905123456").national()).isEqualTo("0905123456");
    }

    @org.junit.jupiter.api.Test
    void refusesToBeBuiltFromAnUnnormalisedNumber() {
        assertThatThrownBy(() -> new PhoneNumber("0905123456")).isInstanceOf(IllegalArgumentException.class);
    }
}
