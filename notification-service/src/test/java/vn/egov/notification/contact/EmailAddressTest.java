package vn.egov.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void keepsAddressesInLowerCase() {
        assertThat(EmailAddress.parse(" An.Nguyen@Example.VN ")).hasValue(new EmailAddress("an.nguyen@example.vn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "an", "@example.vn", "an nguyen@example.vn", "An <an@example.vn>"})
    void refusesWhatIsNotAPlainAddress(String written) {
        assertThat(EmailAddress.parse(written)).isEmpty();
    }
}
