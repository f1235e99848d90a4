package vn.egov.contracts.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Dossier codes as anyone may type them into the public look-up, an SMS or a URL: checking never throws, parsing
 * refuses with {@link IllegalArgumentException} only, and a code that parses names its agency and writes back as
 * itself.
 */
class CodesFuzzTest {

    @FuzzTest(maxDuration = "3s")
    void readsAnyTextAsADossierCodeOrRefusesIt(String text) {
        boolean valid = DossierCode.isValid(text);
        Throwable refused = catchThrowable(() -> DossierCode.parse(text));

        if (!valid) {
            assertThat(refused).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(refused).isNull();
        DossierCode code = DossierCode.parse(text);
        assertThat(code.toString()).isEqualTo(text);
        assertThat(text).startsWith(code.agency() + "-");
        assertThat(DossierCode.parse(code.toString())).isEqualTo(code);
    }
}
