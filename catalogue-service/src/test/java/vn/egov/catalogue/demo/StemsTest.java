package vn.egov.catalogue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemsTest {

    @Test
    void theDataFileHoldsExactlyTheJavaTable() {
        assertThat(Stems.all()).isEqualTo(JavaStems.all());
    }
}
