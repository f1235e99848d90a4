package vn.egov.dossier.payment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierNotFound;
import vn.egov.dossier.dossier.Dossiers;

/**
 * Gives payment-service what a dossier owes, from our records: a payment's amount never comes from the client.
 * Restricted to the SERVICE role, like the contact.
 */
@Component
public class ReadFee {

    private final Dossiers dossiers;

    ReadFee(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Transactional(readOnly = true)
    public Dossier feeOf(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
    }
}
