package vn.egov.dossier.result;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.dossier.ViewDossier;
import vn.egov.servicedefaults.qr.QrPng;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The QR code of a dossier's result as an image. A generated result carries it already; an uploaded one cannot, so the
 * officer prints or stamps this image on the paper copy.
 */
@Component
public class ResultQrCode {

    private final ViewDossier viewDossier;
    private final Results results;
    private final PublicSite site;

    ResultQrCode(ViewDossier viewDossier, Results results, PublicSite site) {
        this.viewDossier = viewDossier;
        this.results = results;
        this.site = site;
    }

    /** A PNG pointing at the public verification of the result; 404 like the result itself. */
    @Transactional(readOnly = true)
    public byte[] png(String dossierCode, CurrentUser user) {
        viewDossier.view(dossierCode, user);
        IssuedResult result =
                results.findByDossierCode(dossierCode).orElseThrow(() -> ResultNotFound.ofDossier(dossierCode));
        return QrPng.render(site.verificationUrl(result.verificationCode()), 300);
    }
}
