package vn.egov.dossier.dossier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives another service (notification-service) what it needs to reach the applicant of a dossier. Events carry no
 * personal data; this internal call, restricted to the SERVICE role, is how it travels.
 */
@Component
public class ReadContact {

    private final Dossiers dossiers;

    ReadContact(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Transactional(readOnly = true)
    public Dossier contactOf(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
    }
}
