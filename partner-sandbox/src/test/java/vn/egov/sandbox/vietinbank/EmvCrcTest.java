package vn.egov.sandbox.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmvCrcTest {

    @Test
    void matchesTheNapasSpecificationVectorUsedByVietqrTs() {
        // The static account example of NAPAS's QR specification, up to and including "6304".
        assertThat(EmvCrc.of(
                        "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304"))
                .isEqualTo("F4E5");
    }

    @Test
    void matchesTheCatalogueCheckValueOfCrc16CcittFalse() {
        assertThat(EmvCrc.of("123456789")).isEqualTo("29B1");
    }

    @Test
    void padsToFourUpperCaseHexDigits() {
        assertThat(EmvCrc.of("")).isEqualTo("FFFF");
        assertThat(EmvCrc.of("x")).matches("[0-9A-F]{4}");
    }
}
