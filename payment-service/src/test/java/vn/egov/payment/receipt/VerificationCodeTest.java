package vn.egov.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void randomCodesAreTwelveCharactersWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            codes.add(VerificationCode.random().value());
        }

        assertThat(codes)
                .hasSize(1_000)
                .allSatisfy(code -> assertThat(code).hasSize(12).matches("[A-HJ-NP-Z2-9]{12}"));
    }

    @Test
    void drawsFromTheWholeAlphabet() {
        StringBuilder all = new StringBuilder();
        Random seeded = new Random(7);
        for (int i = 0; i < 100; i++) {
            all.append(VerificationCode.random(seeded).value());
        }

        assertThat(all.chars().distinct().count()).isEqualTo(32);
    }

    @Test
    void acceptsWhatAPersonTypesWithSpacesAndLowerCase() {
        assertThat(VerificationCode.parse("  abcdefgh2345 ")).contains(new VerificationCode("ABCDEFGH2345"));
    }

    @Test
    void refusesWrongLengthsAndLookAlikes() {
        assertThat(VerificationCode.parse("ABCDEFGH234")).isEmpty();
        assertThat(VerificationCode.parse("ABCDEFGH23456")).isEmpty();
        assertThat(VerificationCode.parse("ABCDEFGH2340")).isEmpty();
        assertThat(VerificationCode.parse("ABCDEFGHI234")).isEmpty();
        assertThat(VerificationCode.parse("ABCDEF-H2345")).isEmpty();
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new VerificationCode("abcdefgh2345")).isInstanceOf(IllegalArgumentException.class);
    }
}
