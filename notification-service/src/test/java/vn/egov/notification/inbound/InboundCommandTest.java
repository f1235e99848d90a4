package vn.egov.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.contracts.codes.DossierCode;

class InboundCommandTest {

    private static final DossierCode CODE = new DossierCode("000.00.15.H17-261123-0001");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TRACUU 000.00.15.H17-261123-0001",
                "tracuu 000.00.15.h17-261123-0001",
                "  Tra   cứu   000.00.15.H17-261123-0001  ",
                "TRA CUU 000.00.15.H17-261123-0001",
                "tra cuu: 000.00.15.H17-261123-0001.",
                "TRACUU:000.00.15.H17-261123-0001",
                "TC 000.00.15.H17-261123-0001",
                "000.00.15.H17-261123-0001",
                "Tra cứu\n000.00.15.H17-261123-0001"
            })
    void readsALookUpWrittenAnyWay(String text) {
        assertThat(InboundCommand.parse(text)).isEqualTo(new InboundCommand.LookUp(CODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACUU", "tra cứu", "TRACUU 12345", "TRACUU 000.00.15.H17-261123-0001 va 1 ho so nua"})
    void knowsTheKeywordWithoutAValidCode(String text) {
        assertThat(InboundCommand.parse(text)).isEqualTo(new InboundCommand.LookUpWithoutCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xin chao", "ho so 12345 cua toi", "TRACUUX 000.00.15.H17-261123-0001"})
    void leavesAnythingElseUnknown(String text) {
        assertThat(InboundCommand.parse(text)).isEqualTo(new InboundCommand.Unknown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma ho so la 000.00.15.h17-261123-0001 nhe", "000.00.15.H17-261123-0001, sdt 0905123456"})
    void findsACodeInAChatMessage(String text) {
        assertThat(InboundCommand.findCode(text)).contains(CODE);
    }
}
