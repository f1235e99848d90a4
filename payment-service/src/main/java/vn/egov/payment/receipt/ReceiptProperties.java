package vn.egov.payment.receipt;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The symbols printed on receipts, and the collecting agencies' tax codes. The receipt symbol is the prefix followed
 * by the two last digits of the year and {@code E} (electronic), e.g. {@code BL-26E}.
 *
 * @param formSymbol ký hiệu mẫu biên lai, as registered with the tax authority
 * @param symbolPrefix first part of ký hiệu biên lai
 * @param agencyTaxCodes mã số thuế of collecting agencies by agency code; an agency not listed gets receipts without
 *     one (the dossier-service catalogue does not know tax codes)
 */
@ConfigurationProperties("egov.payments.receipts")
public record ReceiptProperties(String formSymbol, String symbolPrefix, Map<String, String> agencyTaxCodes) {

    @ConstructorBinding
    public ReceiptProperties {
        formSymbol = formSymbol == null || formSymbol.isBlank() ? "01BLP0-001" : formSymbol;
        symbolPrefix = symbolPrefix == null || symbolPrefix.isBlank() ? "BL-" : symbolPrefix;
        agencyTaxCodes = agencyTaxCodes == null ? Map.of() : Map.copyOf(agencyTaxCodes);
    }

    public ReceiptProperties(String formSymbol, String symbolPrefix) {
        this(formSymbol, symbolPrefix, Map.of());
    }

    /** The agency's tax code, when configured. */
    public Optional<String> taxCodeOf(String agencyCode) {
        return Optional.ofNullable(agencyCode).map(agencyTaxCodes::get).filter(code -> !code.isBlank());
    }
}
