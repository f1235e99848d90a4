package vn.egov.values;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * Phone numbers as anyone may type them into a public form or a look-up: reading never fails with anything but the
 * documented answer, and whatever is read is a Vietnamese mobile number that reads back as itself.
 */
class ValuesFuzzTest {

    @FuzzTest(maxDuration = "3s")
    void readsAnyTextAsAPhoneNumberOrNothing(String text) {
        Optional<PhoneNumber> number = PhoneNumber.tryParse(text);

        assertThat(PhoneNumber.isValid(text)).isEqualTo(number.isPresent());
        number.ifPresent(phone -> {
            assertThat(phone.e164()).matches("\\+84\\d{9}");
            assertThat(PhoneNumber.parse(phone.national())).isEqualTo(phone);
            assertThat(PhoneNumber.parse(phone.msisdn())).isEqualTo(phone);
            assertThat(PhoneNumber.parse(phone.e164())).isEqualTo(phone);
        });
    }
}
