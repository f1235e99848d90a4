package vn.egov.dossier.dossier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.servicedefaults.security.CurrentUser;

/** A page of dossiers, newest first: an officer's agency inbox, or a citizen's own dossiers. */
@Component
public class ListDossiers {

    public static final int MAX_PAGE_SIZE = 100;

    private final Dossiers dossiers;

    ListDossiers(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** @param status only dossiers in this status; null for all */
    @Transactional(readOnly = true)
    public Page<Dossier> list(CurrentUser user, DossierStatus status, int page, int size) {
        PageRequest request = PageRequest.of(
                Math.max(0, page),
                Math.min(Math.max(1, size), MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.DESC, "submittedAt", "id"));
        if (user.has(CurrentUser.Role.OFFICER) && user.agencyCode().isPresent()) {
            return dossiers.findForAgency(user.agencyCode().get(), status, request);
        }
        return dossiers.findForOwner(user.subject(), status, request);
    }
}
