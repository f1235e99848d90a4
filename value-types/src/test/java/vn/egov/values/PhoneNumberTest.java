package vn.egov.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0905123456",
                "0905 123 456",
                "0905.123.456",
                "+84905123456",
                "+84 905 123 456",
                "+84 905-123-456",
                "84905123456",
                " 0905123456 "
            })
    void readsTheWaysPeopleWriteAMobileNumber(String written) {
        assertThat(PhoneNumber.parse(written).e164()).isEqualTo("+84905123456");
        assertThat(PhoneNumber.tryParse(written)).hasValue(new PhoneNumber("+84905123456"));
        assertThat(PhoneNumber.isValid(written)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "12345",
                "0905123",
                "02363822222",
                "02363821234",
                "+12025550123",
                "+1 650 253 0000",
                "0905abc456",
                "not a number",
                "0905123456\n0905123456"
            })
    void refusesWhatIsNotAVietnameseMobile(String written) {
        assertThat(PhoneNumber.tryParse(written)).isEmpty();
        assertThat(PhoneNumber.isValid(written)).isFalse();
        assertThatThrownBy(() -> PhoneNumber.parse(written)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNull() {
        assertThat(PhoneNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> PhoneNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendersForStoragePartnersAndPeople() {
        PhoneNumber number = PhoneNumber.parse("0905 123 456");

        assertThat(number.e164()).isEqualTo("+84905123456");
        assertThat(number.msisdn()).isEqualTo("84905123456");
        assertThat(number.national()).isEqualTo("0905123456");
        assertThat(number).hasToString("+84905123456");
    }

    @Test
    void isBuiltOnlyFromANormalisedNumber() {
        assertThatThrownBy(() -> new PhoneNumber("0905123456")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("84905123456")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("+842363822222")).isInstanceOf(IllegalArgumentException.class);
    }
}
