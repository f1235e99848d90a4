package vn.egov.notification.nationalportal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The dossiers whose last status the national portal lacks, now: admins and other services see every agency's, an
 * officer their own agency's only.
 */
@Component
public class ReadUnsyncedDossiers {

    private final UnsyncedDossiers unsynced;

    ReadUnsyncedDossiers(UnsyncedDossiers unsynced) {
        this.unsynced = unsynced;
    }

    public Page<UnsyncedDossier> read(CurrentUser caller, int page, int size) {
        String agency = scope(caller);
        long total = unsynced.count(agency);
        PageRequest request = PageRequest.of(page, size);
        return new PageImpl<>(unsynced.list(agency, request.getOffset(), size), request, total);
    }

    /** @return the agency the caller may see, null for all */
    private static String scope(CurrentUser caller) {
        if (caller.has(CurrentUser.Role.ADMIN) || caller.has(CurrentUser.Role.SERVICE)) {
            return null;
        }
        return caller.agencyCode().orElseThrow(() -> new NoAgency(caller.subject()));
    }
}
