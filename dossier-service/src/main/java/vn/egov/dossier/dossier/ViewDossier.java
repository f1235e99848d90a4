package vn.egov.dossier.dossier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * Shows a dossier with its history to its owner or to an officer of its agency. Anyone else gets the same 404 as for a
 * code that does not exist, so codes cannot be probed.
 */
@Component
public class ViewDossier {

    private final Dossiers dossiers;

    ViewDossier(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Transactional(readOnly = true)
    public Dossier view(String code, CurrentUser user) {
        return dossiers.findByCode(code)
                .filter(dossier -> mayView(dossier, user))
                .orElseThrow(() -> new DossierNotFound(code));
    }

    /** The owner, or an officer of the dossier's agency. */
    public static boolean mayView(Dossier dossier, CurrentUser user) {
        if (user == null) {
            return false;
        }
        return (user.has(CurrentUser.Role.CITIZEN) && dossier.isOwnedBy(user.subject()))
                || user.isOfficerOf(dossier.procedure().agencyCode());
    }
}
