package vn.egov.dossier.result;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public reaches the platform (the gateway): QR codes on issued documents point there.
 *
 * @param publicBaseUrl e.g. {@code https://dichvucong.danang.gov.vn}; no trailing slash needed
 */
@ConfigurationProperties("egov")
public record PublicSite(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    /** The public verification address of a result. */
    public String verificationUrl(VerificationCode code) {
        return base() + "/api/public/results/" + code.value();
    }

    private String base() {
        String base = publicBaseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
