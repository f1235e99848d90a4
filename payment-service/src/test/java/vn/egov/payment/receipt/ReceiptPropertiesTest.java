package vn.egov.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReceiptPropertiesTest {

    @Test
    void bindsTaxCodesOfAgencyCodesWithDotsWrittenInBrackets() {
        assertThat(bind(Map.of("egov.payments.receipts.agency-tax-codes[000.00.04.H17]", "0401234567"))
                        .taxCodeOf("000.00.04.H17"))
                .contains("0401234567");
    }

    @Test
    void bindsTaxCodesAsSpringApplicationJsonFlattensThem() {
        // {"egov":{"payments":{"receipts":{"agency-tax-codes":{"000.00.04.H17":"…"}}}}} arrives with plain dots.
        assertThat(bind(Map.of("egov.payments.receipts.agency-tax-codes.000.00.04.H17", "0401234567"))
                        .taxCodeOf("000.00.04.H17"))
                .contains("0401234567");
    }

    @Test
    void hasDefaultsForTheLocalStack() {
        ReceiptProperties properties = bind(Map.of("egov.payments.receipts.form-symbol", ""));

        assertThat(properties.formSymbol()).isEqualTo("01BLP0-001");
        assertThat(properties.symbolPrefix()).isEqualTo("BL-");
        assertThat(properties.agencyTaxCodes()).isEmpty();
    }

    @Test
    void anAgencyWithoutTaxCodeOrWithABlankOneHasNone() {
        ReceiptProperties properties = new ReceiptProperties(null, null, Map.of("000.00.04.H17", " "));

        assertThat(properties.taxCodeOf("000.00.04.H17")).isEmpty();
        assertThat(properties.taxCodeOf("000.00.05.H17")).isEmpty();
        assertThat(properties.taxCodeOf(null)).isEmpty();
    }

    private static ReceiptProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("egov.payments.receipts", ReceiptProperties.class);
    }
}
