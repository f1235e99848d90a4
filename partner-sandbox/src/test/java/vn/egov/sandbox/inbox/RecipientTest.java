package vn.egov.sandbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientTest {

    @Test
    void takesAZaloUserIdAloneOrPrefixed() {
        assertThat(Recipient.parse("2468458835296117922")).contains(new Recipient("2468458835296117922"));
        assertThat(Recipient.parse("zalo:2468458835296117922")).contains(new Recipient("2468458835296117922"));
    }

    @Test
    void stillReadsPhonesFirstAndRefusesWords() {
        assertThat(Recipient.parse("0905123456")).contains(new Recipient("84905123456"));
        assertThat(Recipient.parse("nobody")).isEmpty();
        assertThat(Recipient.parse("zalo:abc")).isEmpty();
    }
}
