package vn.egov.notification.delivery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.notification.contact.Contacts;
import vn.egov.notification.contact.DossierContact;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The delivery log of one dossier. Other services see every dossier; an officer sees the dossiers of their agency
 * only; a citizen the dossiers they submitted (dossier-service says whose a dossier is). Anyone else gets the same
 * answer as for a code that does not exist.
 */
@Component
public class ReadDeliveryLog {

    private final Deliveries deliveries;
    private final Contacts contacts;

    ReadDeliveryLog(Deliveries deliveries, Contacts contacts) {
        this.deliveries = deliveries;
        this.contacts = contacts;
    }

    /** Not one transaction: a citizen's ownership is asked of dossier-service first, with no connection held. */
    public Page<Delivery> read(DossierCode dossierCode, CurrentUser caller, int page, int size) {
        boolean allowed = caller != null
                && (caller.has(CurrentUser.Role.SERVICE)
                        || caller.isOfficerOf(dossierCode.agency().value())
                        || isOwner(caller, dossierCode));
        if (!allowed) {
            throw new DossierNotFound(dossierCode);
        }
        return deliveries.findByDossierCode(
                dossierCode.value(),
                PageRequest.of(page, size, Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("channel"))));
    }

    private boolean isOwner(CurrentUser caller, DossierCode dossierCode) {
        return caller.has(CurrentUser.Role.CITIZEN)
                && contacts.of(dossierCode.value())
                        .map(DossierContact::ownerSubject)
                        .filter(owner -> owner.equals(caller.subject()))
                        .isPresent();
    }
}
