package vn.egov.payment;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public reaches the platform (the gateway), and so every address payment-service hands out: the partners'
 * callback URLs, the page a payer's browser lands on after a partner's page, the QR code on a receipt.
 *
 * @param publicBaseUrl e.g. {@code https://dichvucong.danang.gov.vn}; a trailing slash is fine
 */
@ConfigurationProperties("egov")
public record PublicSite(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    /** Where a partner posts its callbacks: {@code <base>/api/payments/callbacks/<provider in lower case>}. */
    public URI callbackUrl(String provider) {
        return URI.create(base() + "/api/payments/callbacks/" + provider.toLowerCase(java.util.Locale.ROOT));
    }

    /** Where the payer's browser lands after the partner's page: the public status of the order. */
    public URI returnUrl(String provider, String providerOrderId) {
        return URI.create(base() + "/api/public/payments/by-order/" + provider + "/" + providerOrderId);
    }

    /** The public verification address of a receipt, which anyone may open without logging in. */
    public String receiptVerificationUrl(String verificationCode) {
        return base() + "/api/public/receipts/" + verificationCode;
    }

    private String base() {
        String base = publicBaseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
