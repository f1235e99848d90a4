package vn.egov.sandbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"0905123456", "84905123456", "+84905123456", "090 512 3456", "+84 905.123.456", " 0905-123-456 "
            })
    void readsEverySpellingOfANumberAsTheSameCanonicalNumber(String spelling) {
        assertThat(MobileNumber.parseLenient(spelling)).contains(new MobileNumber("84905123456"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "02363822222",
                "0123456789",
                "090512345",
                "09051234567",
                "905123456",
                "+1 650 555 0100",
                "abc"
            })
    void findsNoMobileNumberInLandlinesForeignOrMalformedNumbers(String spelling) {
        assertThat(MobileNumber.parseLenient(spelling)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0905123456", "+84905123456", "84105123456"})
    void acceptsOnlyTheCanonicalFormWhenBuiltDirectly(String digits) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MobileNumber(digits));
    }
}
