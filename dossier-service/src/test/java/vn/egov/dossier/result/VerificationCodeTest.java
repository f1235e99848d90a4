package vn.egov.dossier.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void randomCodesAreTenBase32CharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.random().value();
            assertThat(code).matches("[A-Z2-7]{10}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> new VerificationCode("ABCDEFGH10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerificationCode("ABCDEFGHJ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatAPersonTypesIsNormalised() {
        assertThat(VerificationCode.normalise(" abcdefgh23 ")).isEqualTo("ABCDEFGH23");
        assertThat(VerificationCode.isWellFormed(VerificationCode.normalise(" abcdefgh23 ")))
                .isTrue();
    }

    @Test
    void verificationUrlJoinsTheBaseWithOrWithoutTrailingSlash() {
        VerificationCode code = new VerificationCode("ABCDEFGH23");

        assertThat(new PublicSite(java.net.URI.create("https://dichvucong.danang.gov.vn/")).verificationUrl(code))
                .isEqualTo("https://dichvucong.danang.gov.vn/api/public/results/ABCDEFGH23");
        assertThat(new PublicSite(java.net.URI.create("http://localhost:8080")).verificationUrl(code))
                .isEqualTo("http://localhost:8080/api/public/results/ABCDEFGH23");
    }
}
