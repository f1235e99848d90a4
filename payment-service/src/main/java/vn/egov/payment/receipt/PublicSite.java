package vn.egov.payment.receipt;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public reaches the platform (the gateway): the QR code on a receipt points there.
 *
 * @param publicBaseUrl e.g. {@code https://dichvucong.danang.gov.vn}; a trailing slash is fine
 */
@ConfigurationProperties("egov")
public record PublicSite(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    /** The public verification address of a receipt, which anyone may open without logging in. */
    public String receiptVerificationUrl(VerificationCode code) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/api/public/receipts/"
                + code.value();
    }
}
