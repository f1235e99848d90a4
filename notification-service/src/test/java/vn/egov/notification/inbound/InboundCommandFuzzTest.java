package vn.egov.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.egov.contracts.codes.DossierCode;

/**
 * Whatever a citizen texts or Zalo-messages: reading it never throws, a look-up carries a valid dossier code, and a
 * message that is just a dossier code, or the keyword and a code, is read as a look-up of that code.
 */
class InboundCommandFuzzTest {

    @FuzzTest(maxDuration = "3s")
    void readsAnyMessage(String text) {
        InboundCommand command = InboundCommand.parse(text);

        assertThat(command).isNotNull();
        if (command instanceof InboundCommand.LookUp lookUp) {
            assertThat(DossierCode.isValid(lookUp.code().value())).isTrue();
        }
        InboundCommand.findCode(text)
                .ifPresent(code -> assertThat(DossierCode.isValid(code.value())).isTrue());
        InboundCommand.hasKeyword(text);
        if (text != null && DossierCode.isValid(text)) {
            assertThat(InboundCommand.parse(text)).isEqualTo(new InboundCommand.LookUp(new DossierCode(text)));
            assertThat(InboundCommand.parse("TRACUU " + text))
                    .isEqualTo(new InboundCommand.LookUp(new DossierCode(text)));
        }
    }
}
