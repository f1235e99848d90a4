package vn.egov.payment.receipt;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The symbols printed on receipts. The receipt symbol is the prefix followed by the two last digits of the year and
 * {@code E} (electronic), e.g. {@code BL-26E}.
 *
 * @param formSymbol ký hiệu mẫu biên lai, as registered with the tax authority
 * @param symbolPrefix first part of ký hiệu biên lai
 */
@ConfigurationProperties("egov.payments.receipts")
public record ReceiptProperties(String formSymbol, String symbolPrefix) {

    public ReceiptProperties {
        formSymbol = formSymbol == null || formSymbol.isBlank() ? "01BLP0-001" : formSymbol;
        symbolPrefix = symbolPrefix == null || symbolPrefix.isBlank() ? "BL-" : symbolPrefix;
    }
}
