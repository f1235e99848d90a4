package vn.egov.dossier.dossier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.values.PhoneNumber;

/**
 * The public look-up without login: a dossier code plus the applicant's phone number gives the status, nothing else. A
 * wrong code and a wrong phone number get the same 404, so neither can be guessed one at a time.
 */
@Component
public class LookUpStatus {

    private final Dossiers dossiers;

    LookUpStatus(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Transactional(readOnly = true)
    public Dossier lookUp(String code, String phone) {
        var typed = PhoneNumber.tryParse(phone);
        return dossiers.findByCode(code)
                .filter(dossier -> typed.map(
                                p -> p.e164().equals(dossier.applicant().phone()))
                        .orElse(false))
                .orElseThrow(() -> new DossierNotFound(code));
    }
}
