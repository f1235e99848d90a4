package vn.egov.notification.delivery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The delivery log of one dossier. Other services see every dossier; an officer sees the dossiers of their agency
 * only, and for any other dossier gets the same answer as for a code that does not exist.
 */
@Component
public class ReadDeliveryLog {

    private final Deliveries deliveries;

    ReadDeliveryLog(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Transactional(readOnly = true)
    public Page<Delivery> read(DossierCode dossierCode, CurrentUser caller, int page, int size) {
        boolean allowed = caller != null
                && (caller.has(CurrentUser.Role.SERVICE)
                        || caller.isOfficerOf(dossierCode.agency().value()));
        if (!allowed) {
            throw new DossierNotFound(dossierCode);
        }
        return deliveries.findByDossierCode(
                dossierCode.value(),
                PageRequest.of(page, size, Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("channel"))));
    }
}
