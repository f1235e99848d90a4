package vn.egov.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {

    @Nested
    class InWords {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "1005          | Một nghìn không trăm lẻ năm đồng",
                    "15000         | Mười lăm nghìn đồng",
                    "200000        | Hai trăm nghìn đồng",
                    "1250000       | Một triệu hai trăm năm mươi nghìn đồng",
                    "1000000000    | Một tỷ đồng",
                    // "mốt", "tư" and "lăm" after a tens digit, as Vietnamese says them.
                    "21000         | Hai mươi mốt nghìn đồng",
                    "24000         | Hai mươi tư nghìn đồng",
                    "35500         | Ba mươi lăm nghìn năm trăm đồng",
                    "105000        | Một trăm lẻ năm nghìn đồng",
                    // ICU leaves out empty groups below a million: short, and still unambiguous.
                    "1000005       | Một triệu lẻ năm đồng",
                    "1050000       | Một triệu năm mươi nghìn đồng",
                })
        void spellsTheAmountAsVietnameseReceiptsDo(long vnd, String words) {
            assertThat(new Amount(vnd).inWords()).isEqualTo(words);
        }

        @Test
        void capitalisesAFirstLetterWithADiacritic() {
            assertThat(new Amount(9_000).inWords()).isEqualTo("Chín nghìn đồng");
            assertThat(new Amount(1).inWords()).isEqualTo("Một đồng");
        }
    }

    @Nested
    class InFigures {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "5, 5",
            "999, 999",
            "1005, 1.005",
            "200000, 200.000",
            "1250000, 1.250.000",
            "1000000000, 1.000.000.000"
        })
        void groupsThousandsWithDots(long vnd, String figures) {
            assertThat(new Amount(vnd).inFigures()).isEqualTo(figures);
        }
    }

    @Test
    void refusesNothingAndLessThanNothing() {
        assertThatThrownBy(() -> new Amount(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
